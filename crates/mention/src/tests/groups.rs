//! Names of new groups the text introduces, and the short names they go by.

use super::check;

/// What a defection goes to is a party, and so is what is left "to sit as" something else; a
/// state, a person or a known party's own group is not.
#[test]
fn a_name_a_defection_goes_to_or_left_to_sit_as_an_independent_is_a_party() {
    check(
        "Tom Ashby has defected to Common Ground. Jane Hale has left Meridian to sit as an \
         independent.",
        "person Tom Ashby [Male]: Tom Ashby
         person Jane Hale [Female]: Jane Hale
         party Common Ground <- Common Ground
         party Meridian <- Meridian
         party Independent <- independent",
    );
    check(
        "Tom Ashby defected to the Soviet Union in 1985. Ann Cole defected to North Korea. He \
         defects to Welsh Conservative group.",
        "person Tom Ashby [Male]: Tom Ashby
         person Ann Cole [Female]: Ann Cole
         party Conservative Party <- Conservative
         org Soviet Union",
    );
}

/// "party" in apposition after modifiers of its own names a party, the apposition closed or
/// going on with how the party began; never a name before "the party said" (which stays what
/// it was: a first name makes "Glen Esk" a person here).
#[test]
fn a_name_with_a_described_party_in_apposition_is_a_party() {
    check(
        "He joined Harbour Voice, a small regionalist party, in 2010.",
        "party Harbour Voice <- Harbour Voice",
    );
    check(
        "Voters in Glen Esk, the local party said, backed the move.",
        "person Glen Esk [Male]: Glen Esk",
    );
}

/// A group's name without its group word is the group: "the Meridian Group" … "Meridian".
#[test]
fn a_new_groups_name_without_its_group_word_is_the_group() {
    check(
        "Six MPs announced the Meridian Group today. Meridian will meet on Monday.",
        "party Meridian Group <- Meridian Group
         party Meridian Group <- Meridian
         roles MPs",
    );
    // (not a word many parties' names share: "the Socialist Alliance" … "Socialist")
    check(
        "They formed the Socialist Alliance. Socialist views were aired.",
        "party Socialist Alliance <- Socialist Alliance",
    );
}

/// A founded name may hold "and" or "of" between capitalised words when it goes on to its
/// group word; one word alone is a founded party when the story uses it as one elsewhere.
#[test]
fn a_founded_name_with_and_or_a_single_word_used_as_a_party_is_a_party() {
    check(
        "Four councillors set up the Vale and Villages Group last night.",
        "party Vale and Villages Group <- Vale and Villages Group
         roles councillors",
    );
    check(
        "She quit Labour to found Commonweal. She stood as the Commonweal candidate.",
        "party Labour Party <- Labour
         party Commonweal <- Commonweal
         party Commonweal <- Commonweal
         roles candidate",
    );
    // (a single word used as no party stays no party: "launched Kestrel" a scheme)
    check("They launched Kestrel in May.", "");
}

/// A new group's name in apposition after "a new group" or "a new party" is a party; a person
/// after a comma there is not ("released by his new party, Mr Ashcombe said").
#[test]
fn a_name_apposed_after_a_new_group_is_a_party() {
    check(
        "The two were founding a new group, Cymru Gyfan, that morning.",
        "party Cymru Gyfan <- Cymru Gyfan",
    );
    check(
        "In a letter released by his new party, Mr Ashcombe said so.",
        "person Ashcombe [Male]: Mr Ashcombe",
    );
}

/// "the X group" names a group when the story also names X alone and quits, joins or puts it
/// before a party's noun somewhere; "the G8 group" or "the Assembly group" does not.
#[test]
fn the_x_group_is_a_group_when_the_story_joins_x_alone() {
    check(
        "Two MPs in the Open Benches group left. Mr Amory joined Open Benches in 2012.",
        "person Amory [Male]: Mr Amory
         party Open Benches <- Open Benches
         party Open Benches <- Open Benches
         roles MPs",
    );
    check("Leaders of the G8 group met. The G8 said so.", "");
}

/// A name no list knows is a party when the words around it say so: joined after leaving a
/// known party, left for one, a party noun after it when joined, its elected people counted or
/// gained, a party noun a founding participle modifies in apposition; a place at the end of a
/// longer name is the party's. A name joined with nothing else said is not one ("joined
/// Harbour Radio" could be a job), nor a seat's name before "MLA" or "councillor".
#[test]
fn a_name_no_list_knows_is_a_party_where_the_words_around_it_say_so() {
    check(
        "Tom Ashby quit the Conservatives to join Restore Albion.",
        "person Tom Ashby [Male]: Tom Ashby
         party Conservative Party <- Conservatives
         party Restore Albion <- Restore Albion",
    );
    check(
        "Tom Ashby left Common Cause and rejoined the Conservatives.",
        "person Tom Ashby [Male]: Tom Ashby
         party Common Cause <- Common Cause
         party Conservative Party <- Conservatives",
    );
    check(
        "Ann Cole has joined the Your Voice party.",
        "person Ann Cole [Female]: Ann Cole
         party Your Voice <- Your Voice",
    );
    check(
        "Restore Albion has gained its first MP.",
        "party Restore Albion <- Restore Albion
         roles MP",
    );
    check(
        "Ann Cole is Restore Albion's newest councillor.",
        "person Ann Cole [Female]: Ann Cole
         party Restore Albion <- Restore Albion 's
         roles councillor",
    );
    check(
        "Ann Cole has joined Your Voice, the party set up by Tom Ashby.",
        "person Ann Cole [Female]: Ann Cole
         person Tom Ashby [Male]: Tom Ashby
         party Your Voice <- Your Voice",
    );
    check(
        "Ann Cole has joined Harbour Radio. She is the Mid Lagan MLA.",
        "person Ann Cole [Female]: Ann Cole
         post Mid Lagan <- Mid Lagan
         org Harbour Radio
         roles MLA",
    );
}

/// A capitalised name opening the text asked for the word before it: an overflow in a debug
/// build (found by CI, stop 35).
#[test]
fn a_name_opening_the_text_has_no_word_before_it() {
    check(
        "Common Cause has gained its first MP.",
        "party Common Cause <- Common Cause
         roles MP",
    );
}

/// "It will be called X" after talk of a party names it; the same words after talk of a bill
/// name no party.
#[test]
fn a_party_named_in_the_next_sentence_is_a_party() {
    check(
        "Tom Ashby has launched a new party. It will be called Common Cause.",
        "person Tom Ashby [Male]: Tom Ashby
         party Common Cause <- Common Cause",
    );
    check(
        "The council has approved a new bill. It will be called the Housing Act.",
        "org Housing Act",
    );
}
