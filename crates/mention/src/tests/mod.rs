//! Data-driven tests: one `check(text, expect)` renders everything recognised.

use crate::{recognise, Tag};

/// Renders people (with their mentions), parties, roles, posts and organisations, one per line.
fn render(text: &str) -> String {
    let seg = floorcross_text::segment(text, 0);
    let m = recognise(text, &seg);
    let mut out = String::new();
    for p in &m.people {
        let mentions: Vec<&str> = p
            .mentions
            .iter()
            .map(|&i| m.person_mentions[i].span.slice(text))
            .collect();
        out += &format!(
            "person {} [{:?}]: {}\n",
            p.name,
            p.gender,
            mentions.join(" | ")
        );
    }
    for p in &m.parties {
        out += &format!(
            "party {} <- {}{}\n",
            p.party,
            p.span.slice(text),
            if p.possessive { " 's" } else { "" }
        );
    }
    for p in &m.posts {
        out += &format!("post {} <- {}\n", p.name, p.span.slice(text));
    }
    for o in &m.orgs {
        out += &format!("org {}\n", o.name);
    }
    let roles: Vec<&str> = m.roles.iter().map(|r| r.role).collect();
    if !roles.is_empty() {
        out += &format!("roles {}\n", roles.join(", "));
    }
    // every tag points at a mention that covers that token
    for (i, tag) in m.tags.iter().enumerate() {
        let t = seg.tokens[i].span();
        let covered = match *tag {
            Tag::None => true,
            Tag::Person(k) => m.person_mentions[k as usize].span.contains(t),
            Tag::Party(k) => m.parties[k as usize].span.contains(t),
            Tag::Role(k) => m.roles[k as usize].span.contains(t),
            Tag::Post(k) => m.posts[k as usize].span.contains(t),
            Tag::Org(k) => m.orgs[k as usize].span.contains(t),
        };
        assert!(covered, "tag {tag:?} of token {i} does not cover it");
    }
    out
}

fn check(text: &str, expect: &str) {
    let got = render(text);
    let want: String = expect
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .map(|l| format!("{l}\n"))
        .collect();
    assert_eq!(got, want, "\n--- got ---\n{got}--- want ---\n{want}");
}

#[test]
fn honorific_and_first_name_people_corefer() {
    check(
        "South Cambridgeshire MP Heidi Allen could defect. Mrs Allen said nothing.",
        "person Heidi Allen [Female]: Heidi Allen | Mrs Allen
         post South Cambridgeshire <- South Cambridgeshire
         roles MP",
    );
}

#[test]
fn photo_credit_is_not_glued_into_one_person() {
    check(
        "Former St Ives district councillor Nadia Frost. Picture: Ken Tarr Ken Tarr Photography 2016",
        "person Nadia Frost [Female]: Nadia Frost
         person Ken Tarr [Male]: Ken Tarr
         org Ken Tarr Photography
         roles district councillor",
    );
}

#[test]
fn list_after_role_word_gives_every_person() {
    check(
        "MPs Tom Aske, Gary Hines, Helen Rudd and Chris Lomax walked out of Labour.",
        "person Tom Aske [Male]: Tom Aske
         person Gary Hines [Male]: Gary Hines
         person Helen Rudd [Female]: Helen Rudd
         person Chris Lomax [Unknown]: Chris Lomax
         party Labour Party <- Labour
         roles MPs",
    );
}

#[test]
fn unknown_first_names_after_party_possessive_or_in_lists() {
    check(
        "Labour's Thangam Oduya and Liberal Democrat Jo Pryde drafted the report with Zanzibar Quell, Oona King and Fred Bloggs.",
        "person Thangam Oduya [Female]: Thangam Oduya
         person Jo Pryde [Female]: Jo Pryde
         person Zanzibar Quell [Unknown]: Zanzibar Quell
         person Oona King [Female]: Oona King
         person Fred Bloggs [Male]: Fred Bloggs
         party Labour Party <- Labour 's
         party Liberal Democrats <- Liberal Democrat",
    );
}

/// Names no list knows, told by what follows them (found by rewriting the real tuning set's
/// first names): an office to come, a post to take over, a plural joining, a results line.
#[test]
fn unknown_names_before_an_office_to_come_a_plural_joining_or_a_results_tally() {
    for (text, name) in [
        (
            "Zuvek Baddow will become Foreign Secretary.",
            "Zuvek Baddow",
        ),
        (
            "The change left Zuvek Baddow to take over the post of Transport Secretary.",
            "Zuvek Baddow",
        ),
        ("Result:\nZuvek Baddow - 248\n", "Zuvek Baddow"),
        (
            "Result:\nZuvek Baddow (Independent) - 157\n",
            "Zuvek Baddow",
        ),
    ] {
        let got = render(text);
        assert!(got.contains(&format!("person {name}")), "{text}\n{got}");
    }
    let got = render("Zuvek Baddow and Quaime Hanvey have joined the new party.");
    assert!(
        got.contains("person Zuvek Baddow") && got.contains("person Quaime Hanvey"),
        "{got}"
    );
    // (two places joined by "and" join nothing)
    let got = render("Hillside Road and Church Street have been closed.");
    assert!(!got.contains("person"), "{got}");
}

/// A Title Case headline's verb after a role opens no name: "Tory MP Survives Deselection
/// Attempt" made a person "Survives Deselection Attempt".
#[test]
fn a_title_case_headlines_verb_after_a_role_is_no_name() {
    let got = render("Tory MP Survives Deselection Attempt");
    assert!(!got.contains("person"), "{got}");
}

/// A founded party's name in a Title Case headline ends at its group word ("Launches Alba
/// Party In Bid For …" ran the party on).
#[test]
fn a_group_word_ends_a_founded_partys_name() {
    let got = render("Ann Hale launches Marsby Voice Party In Bid For Seats\n\nShe spoke.");
    assert!(
        got.contains("party Marsby Voice Party <- Marsby Voice Party"),
        "{got}"
    );
}

#[test]
fn prime_ministers_questions_is_not_a_person() {
    check(
        "A statement may follow Prime Minister’s Questions today.",
        "roles prime minister",
    );
}

#[test]
fn bare_surname_links_to_full_name_even_before_it() {
    check(
        "Kilroy-Silk quits UKIP\nRobert Kilroy-Silk has left. Kilroy-Silk said so.",
        "person Robert Kilroy-Silk [Male]: Kilroy-Silk | Robert Kilroy-Silk | Kilroy-Silk
         party UK Independence Party <- UKIP",
    );
}

#[test]
fn surname_only_person_with_honorific() {
    check(
        "Mr Blair said the MP for Bethnal Green and Bow was wrong.",
        "person Blair [Male]: Mr Blair
         post Bethnal Green and Bow <- Bethnal Green and Bow
         roles MP",
    );
}

/// "Lord Provost", "Lord Mayor", "Lord Advocate" are offices, not a lord called Provost ("elect
/// Provost" came from "was a Lord Provost in Edinburgh and went on to become a Tory MP").
#[test]
fn a_lords_office_is_not_a_lord() {
    check(
        "Ann Hale was a Lord Provost in Edinburgh. The Lord Advocate spoke.",
        "person Ann Hale [Female]: Ann Hale
         roles lord provost, lord advocate",
    );
}

/// Regional papers write "Coun" for a councillor: a title, never a first name ("elect Coun
/// Kettlewell" was read from "Coun Kettlewell was first elected in 2007").
#[test]
fn coun_is_a_councillors_title() {
    check(
        "Coun Dora Kettlewell spoke first. Coun Kettlewell said nothing.",
        "person Dora Kettlewell [Female]: Coun Dora Kettlewell | Coun Kettlewell",
    );
}

#[test]
fn independent_is_a_party_only_in_context() {
    check(
        "He will sit as an independent MP. An independent inquiry was held. She stood as an independent.",
        "party Independent <- independent
         party Independent <- independent
         roles MP",
    );
}

#[test]
fn theresa_may_keeps_her_surname() {
    check(
        "Theresa May met Sajid Javid in May.",
        "person Theresa May [Female]: Theresa May
         person Sajid Javid [Male]: Sajid Javid",
    );
}

#[test]
fn introduced_groups_become_parties() {
    check(
        "They launched a new party called Veritas. Others formed the new Centre Ground Party.",
        "party Veritas <- Veritas
         party Centre Ground Party <- Centre Ground Party",
    );
    // (a name with "of" in it is one name)
    check(
        "She has formed a new party called Voice of Kent.",
        "party Voice of Kent <- Voice of Kent",
    );
    // (a plural's possessive inside the name is part of it, written as the text writes it)
    check(
        "In 2013 they founded the Marsby Residents' Alliance. The Marsby Residents' Alliance won.",
        "party Marsby Residents' Alliance <- Marsby Residents' Alliance
         party Marsby Residents' Alliance <- Marsby Residents' Alliance",
    );
}

#[test]
fn county_abbreviation_in_post() {
    check(
        "Mrs Frost was first elected as South Cambs’ MP in 2010.",
        "person Frost [Female]: Mrs Frost
         post South Cambridgeshire <- South Cambs
         roles MP",
    );
}

#[test]
fn an_acronym_plural_is_no_name() {
    let text = "date 2018-07-10 PPS\n\nShadow minister and five Labour PPSs resign over Brexit.";
    let seg = floorcross_text::segment(text, 0);
    let m = crate::recognise(text, &seg);
    assert!(
        m.people.iter().all(|p| p.name != "PPSs"),
        "{:?}",
        m.people.iter().map(|p| &p.name).collect::<Vec<_>>()
    );
}

#[test]
fn a_name_with_a_curly_apostrophe_is_spelt_with_a_plain_one() {
    let text = "date 2017-06-09 Hallam\n\nLabour rival Jared O’Mara took the seat.";
    let seg = floorcross_text::segment(text, 0);
    let m = crate::recognise(text, &seg);
    assert!(
        m.people.iter().any(|p| p.name == "Jared O'Mara"),
        "{:?}",
        m.people.iter().map(|p| &p.name).collect::<Vec<_>>()
    );
}

#[test]
fn a_peers_territorial_designation_is_part_of_the_name() {
    check(
        "Lord Hale quits\nHealth minister Lord Hale of Fenbury Cross resigned. Lord Hale said so. Baroness Owen of Leek quit.",
        "person Hale of Fenbury Cross [Male]: Lord Hale | Lord Hale of Fenbury Cross | Lord Hale
         person Owen of Leek [Female]: Baroness Owen of Leek
         roles health minister",
    );
}

#[test]
fn a_peer_with_the_surname_of_a_named_person_is_that_person() {
    check(
        "James Hale led Labour. He became Lord Hale of King's Fenbury in 1987.",
        "person James Hale [Male]: James Hale | Lord Hale of King's Fenbury
         party Labour Party <- Labour",
    );
}

#[test]
fn a_name_misspelt_once_is_the_name_spelt_right_elsewhere() {
    check(
        "Ann Wollaston spoke. Ann Woolaston was there too. Ms Wollaston left.",
        "person Ann Wollaston [Female]: Ann Wollaston | Ann Woolaston | Ms Wollaston",
    );
}

#[test]
fn davis_and_davies_stay_two_people() {
    // a five-letter surname is too short to call a one-letter difference a slip
    check(
        "David Davis spoke. David Davies spoke. Mr Davis left.",
        "person David Davis [Male]: David Davis | Mr Davis
         person David Davies [Male]: David Davies",
    );
}

#[test]
fn two_names_each_met_once_stay_apart() {
    // neither spelling is the story's usual one
    check(
        "Peter Robinson spoke. Peter Robison spoke.",
        "person Peter Robinson [Male]: Peter Robinson
         person Peter Robison [Male]: Peter Robison",
    );
}

#[test]
fn reform_alone_is_the_party_only_where_the_context_says_so() {
    check(
        "Tom Aske has defected to Reform. Reform MP Gary Hines welcomed him.",
        "person Tom Aske [Male]: Tom Aske
         person Gary Hines [Male]: Gary Hines
         party Reform UK <- Reform
         party Reform UK <- Reform
         roles MP",
    );
    check("The Reform Act was passed in 1832.", "org Reform Act");
    check("Reform of the Lords is overdue.", "");
}

#[test]
fn a_party_abbreviation_counts_only_in_brackets() {
    check(
        "Tom Aske (Con) beat Gary Hines (Lab).",
        "person Tom Aske [Male]: Tom Aske
         person Gary Hines [Male]: Gary Hines
         party Conservative Party <- Con
         party Labour Party <- Lab",
    );
    check("The Lab results came in.", "");
    // a results line may give the seat after the party
    check(
        "Tom Aske (Lab, Hull North) won.",
        "person Tom Aske [Male]: Tom Aske
         party Labour Party <- Lab",
    );
}

#[test]
fn an_unlisted_name_before_resigned_or_defected_is_a_person() {
    check(
        "Zorka Pellin resigned as treasurer.",
        "person Zorka Pellin [Unknown]: Zorka Pellin
         roles treasurer",
    );
    check(
        "Ilkay Mbeki-Strand defected.",
        "person Ilkay Mbeki-Strand [Unknown]: Ilkay Mbeki-Strand",
    );
    check(
        "Ash Pellin has quit.",
        "person Ash Pellin [Unknown]: Ash Pellin",
    );
}

#[test]
fn an_unlisted_name_with_a_role_apposed_or_joining_a_party_is_a_person() {
    check(
        "Zorka Pellin, a Labour councillor, spoke.",
        "person Zorka Pellin [Unknown]: Zorka Pellin
         party Labour Party <- Labour
         roles councillor",
    );
    check(
        "Ilkay Strand joined the Liberal Democrats.",
        "person Ilkay Strand [Unknown]: Ilkay Strand
         party Liberal Democrats <- Liberal Democrats",
    );
    // (joining something other than a party says nothing)
    check("Ilkay Strand joined the campaign.", "");
}

#[test]
fn a_bare_surname_before_its_honorific_mention_is_that_person() {
    check(
        "Two MPs have joined Pellin's party. Mr Pellin said he was pleased.",
        "person Pellin [Male]: Pellin | Mr Pellin
         roles MPs",
    );
    // a capitalised plural repeated is nobody, honorific or not
    check("Brexiteers were angry. Other Brexiteers agreed.", "");
}

#[test]
fn a_stance_or_past_before_mp_is_no_seat() {
    check(
        "Ex-Labour MP Jagdeep Singh spoke. Pro-European MP Peter Temple-Morris agreed.",
        "person Jagdeep Singh [Unknown]: Jagdeep Singh
         person Peter Temple-Morris [Male]: Peter Temple-Morris
         roles MP, MP",
    );
}

#[test]
fn a_title_case_verb_ends_a_name_and_makes_no_place() {
    check(
        "Tory MP Ann Cole Defects To Labour",
        "person Ann Cole [Female]: Ann Cole
         party Conservative Party <- Tory
         party Labour Party <- Labour
         roles MP",
    );
}

#[test]
fn a_surname_alone_with_a_persons_role_apposed_is_a_person() {
    check(
        "Tate, a Labour councillor, left the party.",
        "person Tate [Unknown]: Tate
         party Labour Party <- Labour
         roles councillor",
    );
    // (a place described by something that is not a person's role is no person)
    check("Bexley, a town in Kent, voted.", "");
    // ... and a noun only a person is heads the apposition too
    check(
        "Tate, an opponent of leader Hale, left Labour.",
        "person Tate [Unknown]: Tate
         person Hale [Unknown]: Hale
         party Labour Party <- Labour
         roles leader",
    );
    check(
        "Moss, a close ally of the mayor, resigned.",
        "person Moss [Unknown]: Moss
         roles mayor",
    );
}

#[test]
fn a_surname_that_is_also_an_organisation_word_is_a_name_after_a_first_name_or_honorific() {
    check(
        "Susan Hall quit Labour. Mr Church and Bill Cash spoke at the Albert Hall.",
        "person Susan Hall [Female]: Susan Hall
         person Bill Cash [Male]: Bill Cash
         person Church [Male]: Mr Church
         party Labour Party <- Labour
         org Albert Hall",
    );
    // an organisation all the same after "the", or with any other organisation word
    check(
        "The Finance Bill passed. Tom Hall Trust staff met at the Victoria Hall.",
        "org Finance Bill
         org Tom Hall Trust
         org Victoria Hall",
    );
}

#[test]
fn a_name_ending_in_a_company_suffix_is_an_organisation() {
    check(
        "Bertin Nadeau, the chairman of Provigo Inc, spoke. Staff at Halden Corp agreed.",
        "person Bertin Nadeau [Unknown]: Bertin Nadeau
         org Provigo Inc
         org Halden Corp
         roles chairman",
    );
}

#[test]
fn a_capitalised_adjective_after_an_indefinite_cue_word_is_no_name() {
    check(
        "Tom Ashby founded a rival Eurosceptic movement.",
        "person Tom Ashby [Male]: Tom Ashby",
    );
}

#[test]
fn an_unlisted_name_in_apposition_to_a_role_or_described_as_a_newcomer_is_a_person() {
    check(
        "My constituency chairman, Rodric Phelps-Gage, has resigned.",
        "person Rodric Phelps-Gage [Unknown]: Rodric Phelps-Gage
         roles chairman",
    );
    check(
        "Ignatio Bellweather, a newcomer elected only last June, said nothing.",
        "person Ignatio Bellweather [Unknown]: Ignatio Bellweather",
    );
    // (a lower-case word qualifying the role: "the transport minister")
    check(
        "Ffionwy Quist-Ellery, the transport minister, resigned.",
        "person Ffionwy Quist-Ellery [Unknown]: Ffionwy Quist-Ellery
         roles minister",
    );
}

#[test]
fn an_unlisted_name_after_a_seat_or_a_persons_noun_in_apposition_is_a_person() {
    check(
        "The Conservative MP for Upper Dunmore, Eirwenna Asante-Holm, will stand down.",
        "person Eirwenna Asante-Holm [Unknown]: Eirwenna Asante-Holm
         party Conservative Party <- Conservative
         post Upper Dunmore <- Upper Dunmore
         roles MP",
    );
    check(
        "Her predecessor, Rehanna Hartigan-Moss, resigned.",
        "person Rehanna Hartigan-Moss [Unknown]: Rehanna Hartigan-Moss",
    );
}

#[test]
fn an_unlisted_name_that_takes_an_office_or_heads_a_results_line_is_a_person() {
    check(
        "Chiamya Ranjitsinh becomes shadow health secretary.",
        "person Chiamya Ranjitsinh [Unknown]: Chiamya Ranjitsinh
         roles shadow health secretary",
    );
    check(
        "Mirelka Hallam moves from Transport. Kwabby Carver (Green) 788.",
        "person Mirelka Hallam [Unknown]: Mirelka Hallam
         person Kwabby Carver [Unknown]: Kwabby Carver",
    );
    // (what becomes no person's office is no person)
    check("Upper Dunmore becomes the first council to ban cars.", "");
}

#[test]
fn an_unlisted_name_described_by_an_occupation_is_a_person() {
    check(
        "The candidate is Eoghana Qadir, a pharmacist.",
        "person Eoghana Qadir [Unknown]: Eoghana Qadir
         roles candidate",
    );
    check(
        "The Conservative, Xiaolu Hallworth-Dunne, a 34-year-old barrister, came third.",
        "person Xiaolu Hallworth-Dunne [Unknown]: Xiaolu Hallworth-Dunne
         party Conservative Party <- Conservative",
    );
    check(
        "In May, retired headteacher Fionnula Tilsley took Castle ward.",
        "person Fionnula Tilsley [Unknown]: Fionnula Tilsley",
    );
    check(
        "Gwenlian Achterberg-Lowe is the only founder who holds office.",
        "person Gwenlian Achterberg-Lowe [Unknown]: Gwenlian Achterberg-Lowe",
    );
    check(
        "Labour – Bilaal Adeyemi. He beat two rivals.",
        "person Bilaal Adeyemi [Unknown]: Bilaal Adeyemi
         party Labour Party <- Labour",
    );
    // (not a place that is a thing: "the largest ward")
    check("Upper Dunmore is the largest ward in the city.", "");
}

#[test]
fn an_unlisted_name_with_a_pronoun_speech_tag_or_a_persons_change_is_a_person() {
    check(
        "Eilidhe Rourke does not do nostalgia, she insists.",
        "person Eilidhe Rourke [Unknown]: Eilidhe Rourke",
    );
    check(
        "Zuleika Oduya was elected in 2010.",
        "person Zuleika Oduya [Unknown]: Zuleika Oduya",
    );
}

#[test]
fn an_unlisted_first_name_before_a_surname_given_with_an_honorific_makes_that_persons_name() {
    check(
        "Peregrine Osei-Whitlock, one of the members, spoke. Mr Osei-Whitlock said nothing.",
        "person Peregrine Osei-Whitlock [Male]: Peregrine Osei-Whitlock | Mr Osei-Whitlock",
    );
    // not a sentence's opening word without a comma, nor a hyphenated modifier
    check(
        "This Hale never explains it. The Euro-Sceptic Hale spoke. Mr Hale said nothing.",
        "person Hale [Male]: Hale | Mr Hale",
    );
}

#[test]
fn a_capitals_headline_s_own_party_is_no_party_name() {
    let got = render("FIVE COUNCILLORS QUIT TO FORM OWN PARTY");
    assert!(!got.contains("party OWN PARTY"), "{got}");
}

#[test]
fn a_two_letter_word_in_capitals_is_no_name() {
    // (an acronym, a word of a capitals headline)
    let got = render("The former GP, who entered the Commons in 2010, quit. VETERAN MP TO BOW OUT");
    assert!(!got.contains("person GP"), "{got}");
    assert!(!got.contains("person TO"), "{got}");
    // an agency in capitals still makes the name before its slash a photographer's credit
    let text = "Ann Cole lost her seat. (Tom Reed/PA) Cole said she was sad.";
    let seg = floorcross_text::segment(text, 0);
    let m = recognise(text, &seg);
    let credit = |name: &str| {
        m.person_mentions
            .iter()
            .find(|pm| pm.span.slice(text) == name)
            .map(|pm| pm.credit)
    };
    assert_eq!(credit("Tom Reed"), Some(true));
    assert_eq!(credit("Ann Cole"), Some(false));
}

#[test]
fn a_family_standing_before_a_surname_is_no_part_of_the_name() {
    let got = render("Ann Dunmore quit. Mum-of-three Dunmore said she was sad.");
    assert!(!got.contains("Mum-of-three"), "{got}");
    assert!(got.contains("person Ann Dunmore"), "{got}");
}

#[test]
fn a_no_break_space_is_a_space_between_the_words_of_a_name_or_a_party() {
    check(
        "Mr\u{a0}Duncan Pellow joined the Liberal\u{a0}Democrats. Mr\u{a0}Pellow spoke.",
        "person Duncan Pellow [Male]: Mr\u{a0}Duncan Pellow | Mr\u{a0}Pellow
         party Liberal Democrats <- Liberal\u{a0}Democrats",
    );
}

#[test]
fn an_unlisted_name_is_a_person_by_its_results_line_heading_office_or_verb() {
    check(
        "Fuquara Petherick (UK Independence Party) 1,206; Drevan Carver (Labour) 788.",
        "person Fuquara Petherick [Unknown]: Fuquara Petherick
         person Drevan Carver [Unknown]: Drevan Carver
         party UK Independence Party <- UK Independence Party
         party Labour Party <- Labour",
    );
    check(
        "Liberal Democrats – Rezithan Strachan. She replaces Nunouzol Straker.",
        "person Rezithan Strachan [Unknown]: Rezithan Strachan
         person Nunouzol Straker [Unknown]: Nunouzol Straker
         party Liberal Democrats <- Liberal Democrats",
    );
    check(
        "Bozoun Haldane is promoted. Quevan Hartigan, leader of Tewford council, spoke.",
        "person Bozoun Haldane [Unknown]: Bozoun Haldane
         person Quevan Hartigan [Unknown]: Quevan Hartigan
         roles leader",
    );
    check(
        "Gufoura Pryce-Morgan, the Wales Office minister, has quit.",
        "person Gufoura Pryce-Morgan [Unknown]: Gufoura Pryce-Morgan
         roles minister",
    );
    // (one word is no name by such cues: a sentence's adverb, a verb's thing)
    check(
        "Nonetheless, the former Scottish Justice Secretary spoke. Mr Tomlinson recommended replacing A-Levels.",
        "person Tomlinson [Male]: Mr Tomlinson
         roles justice secretary",
    );
}

#[test]
fn an_unlisted_name_is_a_person_as_a_candidates_object_or_by_its_party() {
    check(
        "Labour selected Dribrur Treadgold-Penn as candidate. Klorem Rahim (Official Monster Raving Loony) 311.",
        "person Dribrur Treadgold-Penn [Unknown]: Dribrur Treadgold-Penn
         person Klorem Rahim [Unknown]: Klorem Rahim
         party Labour Party <- Labour
         roles candidate",
    );
    check(
        "He won by 40 votes over the Conservative, Nubru Dalgleish. The Liberal Democrats' Vequei Annesley came third.",
        "person Nubru Dalgleish [Unknown]: Nubru Dalgleish
         person Vequei Annesley [Unknown]: Vequei Annesley
         party Conservative Party <- Conservative
         party Liberal Democrats <- Liberal Democrats",
    );
    check(
        "Maibir Tanat, until now deputy minister for transport, becomes minister. Veibrou Chauhan is in line for promotion.",
        "person Maibir Tanat [Unknown]: Maibir Tanat
         person Veibrou Chauhan [Unknown]: Veibrou Chauhan
         roles minister, minister",
    );
    // (one word after a party's plural possessive is no person: "London-wide list")
    check(
        "She was elected on the Conservatives' London-wide list.",
        "party Conservative Party <- Conservatives",
    );
}

#[test]
fn a_nationalist_named_by_nation_is_of_that_nations_party() {
    check(
        "Scottish Nationalist Zuthama MacArthur-Quigg met Welsh Nationalist Iolwen Pryce.",
        "person Zuthama MacArthur-Quigg [Unknown]: Zuthama MacArthur-Quigg
         person Iolwen Pryce [Unknown]: Iolwen Pryce
         party Scottish National Party <- Scottish Nationalist
         party Plaid Cymru <- Welsh Nationalist",
    );
}

#[test]
fn a_name_that_heads_a_description_of_a_person_is_a_person() {
    check(
        "Here is who has gone.\n\nVeifa Blanchflower.\n\nThe first to go was the East Midlands MEP.\n\nSiquei Tregaskis-Bell.\n\nElected on the regional list in 2016, she quit in May.",
        "person Veifa Blanchflower [Unknown]: Veifa Blanchflower
         person Siquei Tregaskis-Bell [Unknown]: Siquei Tregaskis-Bell
         post East Midlands <- East Midlands
         roles MEP",
    );
    // (an exclamation before a pronoun is no name)
    check("Ye Gods.\n\nHe said nothing.", "");
}

#[test]
fn an_unlisted_name_is_a_person_as_what_a_role_is_given_to() {
    // (the noun phrase before "as" and a role only a person holds)
    check(
        "Labour appointed Quekla Gorvin as deputy chief whip.",
        "person Quekla Gorvin [Unknown]: Quekla Gorvin
         party Labour Party <- Labour
         roles deputy chief whip",
    );
    check(
        "Confirmed were Vamika Lansfield as Health Secretary and Noubra Maywood as Education Secretary.",
        "person Vamika Lansfield [Unknown]: Vamika Lansfield
         person Noubra Maywood [Unknown]: Noubra Maywood
         roles health secretary, education secretary",
    );
    // (a seat a person serves as its member is no person)
    check(
        "He served Upper Dunmore as its MP for a decade.",
        "roles MP",
    );
}

#[test]
fn an_unlisted_name_is_a_person_as_the_antecedent_of_who() {
    check(
        "Jobs went to Vaidra Hagworth who will serve as Foreign Secretary.",
        "person Vaidra Hagworth [Unknown]: Vaidra Hagworth
         roles foreign secretary",
    );
}

#[test]
fn an_unlisted_name_is_a_person_under_a_role_heading() {
    check(
        "Her cabinet:\n\nChancellor of the Exchequer – Nodera Hamworth\n\nSecretary of State for International Trade – Morwen Foxley\n",
        "person Nodera Hamworth [Unknown]: Nodera Hamworth
         person Morwen Foxley [Unknown]: Morwen Foxley
         roles chancellor of the exchequer, secretary of state",
    );
}

#[test]
fn an_unlisted_name_is_a_person_by_its_party_in_brackets_in_a_list() {
    check(
        "The candidates were: Moupa Clemworth (Natural Law Party), Nataq Gidley (Liberal Democrats) and Leikle Dobworth (Labour).",
        "person Moupa Clemworth [Unknown]: Moupa Clemworth
         person Nataq Gidley [Unknown]: Nataq Gidley
         person Leikle Dobworth [Unknown]: Leikle Dobworth
         party Natural Law Party <- Natural Law Party
         party Liberal Democrats <- Liberal Democrats
         party Labour Party <- Labour
         roles candidates",
    );
}

#[test]
fn an_unlisted_name_is_a_person_by_a_dashed_apposition_or_a_predicate_role() {
    check(
        "And Drazou Ballard - the chancellor's closest ally - was promoted.",
        "person Drazou Ballard [Unknown]: Drazou Ballard
         roles chancellor",
    );
    check(
        "Noubra Maywood is the new Home Secretary. Mogira Beckley stays, with Klebra Strawson becoming Commons leader.",
        "person Noubra Maywood [Unknown]: Noubra Maywood
         person Mogira Beckley [Unknown]: Mogira Beckley
         person Klebra Strawson [Unknown]: Klebra Strawson
         roles home secretary, leader",
    );
}

#[test]
fn unlisted_names_joined_by_and_share_what_follows_them() {
    check(
        "Kluveil Hunter and Faibai Gorton were tipped to replace him.",
        "person Kluveil Hunter [Unknown]: Kluveil Hunter
         person Faibai Gorton [Unknown]: Faibai Gorton",
    );
    check(
        "Nifora Devlin and Soufu Kealing both quit the SDLP last year.",
        "person Nifora Devlin [Unknown]: Nifora Devlin
         person Soufu Kealing [Unknown]: Soufu Kealing
         party Social Democratic and Labour Party <- SDLP",
    );
}

#[test]
fn an_unlisted_name_is_a_person_by_a_headline_participle_a_replacement_or_a_party_and_role() {
    check(
        "Gikith Hunnam named as chancellor. Gikith Hunnam has replaced Geibo Kwartley as chancellor.",
        "person Gikith Hunnam [Unknown]: Gikith Hunnam | Gikith Hunnam
         person Geibo Kwartley [Unknown]: Geibo Kwartley
         roles chancellor, chancellor",
    );
    check(
        "Vaves Ferrington, SNP MP for Rutherglen, has been suspended.",
        "person Vaves Ferrington [Unknown]: Vaves Ferrington
         party Scottish National Party <- SNP
         post Rutherglen <- Rutherglen
         roles MP",
    );
    check(
        "Also announced was the election of Theirem Raynott as the Labour Party's new deputy leader.",
        "person Theirem Raynott [Unknown]: Theirem Raynott
         party Labour Party <- Labour Party 's
         roles deputy leader",
    );
    // (a plural's verb makes no person of one name alone)
    check("He forgets basic Human Rights were suspended then.", "");
}

#[test]
fn names_joined_by_and_share_a_plural_verb_and_a_bracketed_alliance_is_a_party() {
    check(
        "Kluvo Hunnam and Faiba Gorwell were tipped to replace him.",
        "person Kluvo Hunnam [Unknown]: Kluvo Hunnam
         person Faiba Gorwell [Unknown]: Faiba Gorwell",
    );
    check(
        "The candidates were: Nataiq Gidwell (Christian Peoples Alliance) and Zegu Trussell (Labour).",
        "person Nataiq Gidwell [Unknown]: Nataiq Gidwell
         person Zegu Trussell [Unknown]: Zegu Trussell
         party Christian Peoples Alliance <- Christian Peoples Alliance
         party Labour Party <- Labour
         roles candidates",
    );
}

#[test]
fn an_unlisted_name_is_a_person_by_its_place_tally_or_win_in_a_contest() {
    check(
        "Quametal Gethwyn came second with 30.8%. Nesein Flintock polled 780 votes.",
        "person Quametal Gethwyn [Unknown]: Quametal Gethwyn
         person Nesein Flintock [Unknown]: Nesein Flintock",
    );
    check(
        "Zegu Trussell beat Klokel Sunwick to become leader. Ms Trussell took 81,326 votes to Baita Sunwick's 60,399.",
        "person Zegu Trussell [Female]: Zegu Trussell | Ms Trussell
         person Klokel Sunwick [Unknown]: Klokel Sunwick
         person Baita Sunwick [Unknown]: Baita Sunwick
         roles leader",
    );
}

#[test]
fn a_name_ending_in_a_local_partys_word_is_no_person() {
    check(
        "She crossed over to Sandmere Voice, the breakaway party set up by Tom Reed. Ann Cole joined Kesworth Together.",
        "person Tom Reed [Male]: Tom Reed
         person Ann Cole [Female]: Ann Cole
         party Sandmere Voice <- Sandmere Voice
         org Kesworth Together",
    );
}

/// A name the story once uses as a place ("the member for …", "holds …", "the … councillor")
/// is no person anywhere in it, when it opens with no listed first name and never takes an
/// honorific; a listed first name after "for" ("voted for Tom Reed") stays a person.
#[test]
fn a_name_with_a_new_party_in_apposition_is_a_party() {
    check(
        "He is defecting to Wexford Voice, the new party launched on Monday.",
        "party Wexford Voice <- Wexford Voice",
    );
    // ("a new party member" is a member, and the name before it no group)
    check(
        "They met Ashby Trust, a new party member said.",
        "org Ashby Trust",
    );
}

#[test]
fn a_body_before_an_occupation_is_no_surname() {
    check("The former Unite organiser quit in 2005.", "");
}

#[test]
fn a_lone_alliance_is_the_northern_irish_party_only_in_a_northern_irish_story() {
    check(
        "The MLA left the DUP for Alliance in February.",
        "party Democratic Unionist Party <- DUP
         party Alliance Party <- Alliance
         roles MLA",
    );
    // (the SDP–Liberal Alliance of a British story, or a name's last word, is not it)
    check("He stood for the Alliance in 1983.", "");
}

#[test]
fn a_name_founded_in_the_passive_beside_talk_of_a_party_is_a_party() {
    check(
        "A new party was launched yesterday. Wexford Voice was founded by three people.",
        "party Wexford Voice <- Wexford Voice",
    );
    // (a scheme, a pronoun, an honour: none is a party)
    check(
        "The party said so. Operation Kestrel was launched in 2018. She was created a life peer.",
        "roles life peer",
    );
}

/// A line that is a name and a bracket ("Prudence Ashdown (Kilnsey Bridge)"), beside a line of
/// that shape whose name is a person's, is a person's, whatever its first name.
#[test]
fn a_name_and_bracket_line_beside_a_persons_such_line_is_a_person() {
    check(
        "They are:\n\nNadia Kostoglou (Brentmoor)\nPrudence Ashdown (Kilnsey Bridge)\nLorcan \
         Devereux (Wyckham)",
        "person Nadia Kostoglou [Female]: Nadia Kostoglou
         person Prudence Ashdown [Unknown]: Prudence Ashdown
         person Lorcan Devereux [Male]: Lorcan Devereux",
    );
}

/// A first name alone is the one person the story names in full with it, not counting someone
/// named only in a photo credit.
#[test]
fn a_first_name_alone_passes_over_a_photo_credits_namesake() {
    let got = render(
        "Ann Hale has beaten her younger sister Jane. Jane Hale spoke.\n\nPhotograph: Jane \
         Dorsey/Reuters",
    );
    assert!(
        got.contains("person Jane Hale [Female]: Jane | Jane Hale"),
        "{got}"
    );
}

mod groups;
mod places;
