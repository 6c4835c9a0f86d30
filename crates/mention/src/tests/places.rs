//! Names a story uses as places: never people.

use super::{check, render};

#[test]
fn a_cued_single_word_before_a_role_or_council_word_is_a_place_not_a_person() {
    check(
        "He beat the former Humberside council deputy leader Corvinian Lintott-Brown.",
        "person Corvinian Lintott-Brown [Unknown]: Corvinian Lintott-Brown
         roles deputy leader",
    );
}

#[test]
fn a_place_after_in_is_no_person_described_by_the_next_name_s_role() {
    // (the description after the comma is Tom Reed's; "Eastfield" is where)
    let got = render(
        "In Eastfield, the former SNP councillor Tom Reed finishes fourth. In Dunmore Coast, \
         the former Labour councillor Ann Cole came second.",
    );
    assert!(!got.contains("person Eastfield"), "{got}");
    assert!(!got.contains("person Dunmore Coast"), "{got}");
    assert!(got.contains("person Tom Reed"), "{got}");
    assert!(got.contains("person Ann Cole"), "{got}");
    // a surname alone, described by a role in apposition, is still a person
    let got = render("Tate, a Labour councillor, left the party.");
    assert!(got.contains("person Tate"), "{got}");
}

#[test]
fn an_unlisted_name_that_modifies_a_noun_of_place_is_no_person() {
    check("She won the Cowley Heath ward in 1998.", "");
    check(
        "Labour held the Marsh End seat.",
        "party Labour Party <- Labour
         post Marsh End <- Marsh End",
    );
}

#[test]
fn a_name_the_story_uses_as_a_seat_is_no_person_anywhere_in_it() {
    check(
        "Cwm Teilo has been held by Plaid since 2007. Gethin Harcombe was selected as the \
         candidate for Cwm Teilo. Tuffnell holds Marlow Green. Marlow Green has voted Tory for \
         decades. Ann Cole voted for Tom Reed.",
        "person Gethin Harcombe [Male]: Gethin Harcombe
         person Ann Cole [Female]: Ann Cole
         person Tom Reed [Male]: Tom Reed
         party Plaid Cymru <- Plaid
         party Conservative Party <- Tory
         post Cwm Teilo <- Cwm Teilo
         roles candidate",
    );
}

#[test]
fn a_name_after_a_preposition_of_place_is_no_person_anywhere() {
    check(
        "Ann Oyelaran, the MP for neighbouring Cray Marshes, who chaired the hustings, spoke. Cray Marshes, who held the seat, said so.",
        "person Ann Oyelaran [Female]: Ann Oyelaran
         roles MP",
    );
    check(
        "Born in a farmhouse above Llanwyddan Teifi in 1941, the daughter of a deacon, she trained as a teacher. She joined Plaid Cymru in 1966.",
        "party Plaid Cymru <- Plaid Cymru",
    );
}

#[test]
fn a_members_seat_after_for_is_a_place_whatever_first_name_it_opens_with() {
    check(
        "Callum Dreever, the member for Glen Esk, was suspended. Glen Esk had the whip restored.",
        "person Callum Dreever [Male]: Callum Dreever
         roles whip",
    );
}

#[test]
fn a_seat_held_for_a_side_is_a_place_whatever_first_name_it_opens_with() {
    check(
        "Alasdair Munro holds Glen Tarrach for the SNP.",
        "person Alasdair Munro [Male]: Alasdair Munro
         party Scottish National Party <- SNP",
    );
}
