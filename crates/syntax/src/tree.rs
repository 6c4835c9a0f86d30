//! A parsed sentence and the questions extraction asks of it, in grammatical terms: the
//! subject of a verb (shared through coordination, control and relative clauses), its
//! objects, the object of a preposition, appositions and conjuncts.
//!
//! Word indexes here are 0-based positions in the sentence.

/// One parsed sentence: per word, its tags, head (None for the root word) and label.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Parse {
    pub upos: Vec<&'static str>,
    pub xpos: Vec<&'static str>,
    pub heads: Vec<Option<usize>>,
    pub labels: Vec<&'static str>,
    /// Lower-cased words, for prepositions and markers.
    pub lower: Vec<String>,
}

/// Verbs whose object is the subject of their open complement ("persuaded them to switch").
const OBJECT_CONTROL: &[&str] = &[
    "persuade",
    "persuades",
    "persuaded",
    "persuading",
    "convince",
    "convinced",
    "urge",
    "urges",
    "urged",
    "ask",
    "asks",
    "asked",
    "tell",
    "tells",
    "told",
    "force",
    "forced",
    "forces",
    "allow",
    "allowed",
    "allows",
    "allowing",
    "forcing",
    // ("…, leaving Douglas Alexander to take over the post"; not "left", which mostly
    // leaves a party with a purpose: "left Labour to join the Greens")
    "leaving",
    "encourage",
    "encouraged",
    "invite",
    "invited",
    "invites",
    "want",
    "wants",
    "wanted",
    "expect",
    "expects",
    "expected",
    "order",
    "ordered",
    "press",
    "pressed",
    "pressure",
    "pressured",
    "help",
    "helped",
    "require",
    "required",
    "compel",
    "compelled",
    "get",
    "got",
    "lead",
    "led",
    "appoint",
    "appointed",
    "elect",
    "elected",
    "name",
    "named",
    "choose",
    "chose",
    "back",
    "backed",
    "nominate",
    "nominated",
];

/// The part of a label before `:` ("nsubj:pass" → "nsubj").
pub fn base(label: &str) -> &str {
    label.split(':').next().unwrap_or(label)
}

impl Parse {
    pub fn len(&self) -> usize {
        self.heads.len()
    }

    pub fn is_empty(&self) -> bool {
        self.heads.is_empty()
    }

    pub fn head(&self, i: usize) -> Option<usize> {
        self.heads.get(i).copied().flatten()
    }

    pub fn label(&self, i: usize) -> &'static str {
        self.labels.get(i).copied().unwrap_or("")
    }

    /// The sentence's root word.
    pub fn root(&self) -> Option<usize> {
        self.heads.iter().position(Option::is_none)
    }

    /// The dependents of `i`, left to right.
    pub fn children(&self, i: usize) -> impl Iterator<Item = usize> + '_ {
        self.heads
            .iter()
            .enumerate()
            .filter(move |(_, h)| **h == Some(i))
            .map(|(d, _)| d)
    }

    /// Dependents of `i` whose label's base is one of `labels`.
    pub fn children_with<'a>(
        &'a self,
        i: usize,
        labels: &'a [&str],
    ) -> impl Iterator<Item = usize> + 'a {
        self.children(i).filter(move |&d| {
            labels.contains(&base(self.labels[d])) || labels.contains(&self.labels[d])
        })
    }

    /// Whether `a` is `b` or lies inside the subtree of `b`.
    pub fn dominated_by(&self, mut a: usize, b: usize) -> bool {
        for _ in 0..=self.len() {
            if a == b {
                return true;
            }
            match self.head(a) {
                Some(h) => a = h,
                None => return false,
            }
        }
        false
    }

    /// The words of `i`'s subtree as a range (the smallest range covering it).
    pub fn subtree_span(&self, i: usize) -> (usize, usize) {
        let (mut lo, mut hi) = (i, i);
        for d in 0..self.len() {
            if self.dominated_by(d, i) {
                lo = lo.min(d);
                hi = hi.max(d);
            }
        }
        (lo, hi + 1)
    }

    /// Repairs one recurring misattachment: "During her career, Shirley Williams was a
    /// minister" parsed with the name as an apposition to the fronted phrase's noun, leaving
    /// the clause without a subject. A proper-noun apposition set off by a comma inside a
    /// fronted modifier of a predicate that has no subject, and followed by no other comma
    /// before that predicate, is the predicate's subject.
    pub fn repair_fronted_subject(&mut self) {
        for x in 0..self.len() {
            if self.labels[x] != "appos" || self.upos[x] != "PROPN" {
                continue;
            }
            let Some(h) = self.head(x) else { continue };
            if h >= x || !matches!(base(self.labels[h]), "obl" | "nmod") {
                continue;
            }
            let Some(v) = self.head(h) else { continue };
            // (the cheap tests first: this runs on every parse)
            if v <= x || !(h + 1..x).any(|j| self.lower[j] == ",") {
                continue;
            }
            let predicate =
                self.upos[v] == "VERB" || self.children_with(v, &["cop"]).next().is_some();
            let subjectless = self
                .children_with(v, &["nsubj", "csubj", "expl"])
                .next()
                .is_none();
            if !predicate || !subjectless {
                continue;
            }
            let (_, x_end) = self.subtree_span(x);
            if !(x_end..v).any(|j| self.lower[j] == ",") {
                self.heads[x] = Some(v);
                self.labels[x] = "nsubj";
            }
        }
    }

    /// Whether `v`'s clause is passive (a passive subject or auxiliary).
    pub fn is_passive(&self, v: usize) -> bool {
        self.children(v)
            .any(|d| matches!(self.labels[d], "nsubj:pass" | "aux:pass" | "csubj:pass"))
    }

    /// The subject(s) of the clause headed by `v`. A clause without its own subject shares
    /// one: a conjoined verb takes its first conjunct's ("resigned and joined"), an
    /// open complement takes its controller's (the object where there is one: "persuaded
    /// them to switch"; else the subject: "decided to quit"), a relative clause takes the
    /// noun it modifies ("the MP who defected"), and a participle modifying a noun takes
    /// that noun ("MPs defecting to the party"). Coordinated subjects are all returned.
    pub fn subject_of(&self, v: usize) -> Vec<usize> {
        let mut v = v;
        for _ in 0..8 {
            let own: Vec<usize> = self.children_with(v, &["nsubj", "csubj"]).collect();
            if !own.is_empty() {
                let mut all = Vec::new();
                for s in own {
                    // A relative pronoun stands for the noun the clause modifies.
                    if matches!(self.labels[v], "acl:relcl") && self.is_relative_pronoun(s) {
                        if let Some(n) = self.head(v) {
                            all.extend(self.with_conjuncts(n));
                            continue;
                        }
                    }
                    all.extend(self.with_conjuncts(s));
                }
                return all;
            }
            let Some(h) = self.head(v) else {
                return Vec::new();
            };
            match base(self.labels[v]) {
                "conj" => v = h,
                "xcomp" => {
                    // Verbs of persuading and allowing control through their object; every
                    // other verb through its subject ("beat Sunak to become leader").
                    if OBJECT_CONTROL.contains(&self.lower[h].as_str()) {
                        let objs: Vec<usize> = self.children_with(h, &["obj", "iobj"]).collect();
                        if let Some(&o) = objs.first() {
                            return self.with_conjuncts(o);
                        }
                    }
                    v = h;
                }
                // ("became the first SDP member elected in a by-election", "was the only
                // minister sacked": a participle on a predicate noun is about the predicate's
                // subject)
                "acl"
                    if base(self.labels[h]) == "xcomp"
                        || self.children_with(h, &["cop"]).next().is_some() =>
                {
                    v = h
                }
                "acl" => return self.with_conjuncts(h),
                // An adverbial clause with no subject of its own ("…, becoming foreign
                // secretary", "after defecting") is about the main clause's subject.
                "advcl" => v = h,
                _ => return Vec::new(),
            }
        }
        Vec::new()
    }

    fn is_relative_pronoun(&self, i: usize) -> bool {
        matches!(
            self.lower[i].as_str(),
            "who" | "which" | "that" | "whom" | "whose"
        )
    }

    /// The direct and indirect objects of `v`, with their conjuncts.
    pub fn objects(&self, v: usize) -> Vec<usize> {
        let mut out = Vec::new();
        for o in self.children_with(v, &["obj", "iobj"]) {
            out.extend(self.with_conjuncts(o));
        }
        out
    }

    /// The noun attached to `head` through preposition `prep` ("defected *to* Labour":
    /// `pp_object(defected, "to")` is Labour), with its conjuncts. `prep` may be two words
    /// ("out of").
    pub fn pp_object(&self, head: usize, prep: &str) -> Vec<usize> {
        let mut out = Vec::new();
        for d in self.children_with(head, &["obl", "nmod", "advcl", "acl"]) {
            let case: Vec<&str> = self
                .children_with(d, &["case", "mark"])
                .filter(|&c| c < d)
                .map(|c| self.lower[c].as_str())
                .collect();
            if !case.is_empty() && case.join(" ").eq_ignore_ascii_case(prep) {
                out.extend(self.with_conjuncts(d));
            }
        }
        out
    }

    /// The preposition (case marker) of `n`, if any: "to" for "to Labour".
    pub fn case_of(&self, n: usize) -> Option<&str> {
        self.children_with(n, &["case"])
            .filter(|&c| c < n)
            .map(|c| self.lower[c].as_str())
            .next()
    }

    /// Appositions of `n` ("Tate, an opponent of Hale": the opponent phrase), and the noun
    /// `n` is in apposition to.
    pub fn appositions(&self, n: usize) -> Vec<usize> {
        let mut out: Vec<usize> = self.children_with(n, &["appos"]).collect();
        if self.labels.get(n) == Some(&"appos") {
            if let Some(h) = self.head(n) {
                out.push(h);
            }
        }
        out
    }

    /// `n` and the words coordinated with it ("A, B and C"), in sentence order.
    pub fn coordinated(&self, n: usize) -> Vec<usize> {
        self.with_conjuncts(n)
    }

    fn with_conjuncts(&self, n: usize) -> Vec<usize> {
        // Climb to the first conjunct, then collect its conj dependents.
        let mut first = n;
        for _ in 0..self.len() {
            if base(self.labels[first]) == "conj" {
                match self.head(first) {
                    Some(h) => first = h,
                    None => break,
                }
            } else {
                break;
            }
        }
        let mut out = vec![first];
        let mut i = 0;
        while i < out.len() && out.len() <= self.len() {
            let x = out[i];
            out.extend(self.children_with(x, &["conj"]));
            i += 1;
        }
        out.sort_unstable();
        out.dedup();
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Builds a parse from (word, head 1-based or 0, label).
    fn parse(rows: &[(&str, usize, &'static str)]) -> Parse {
        Parse {
            upos: vec!["X"; rows.len()],
            xpos: vec!["X"; rows.len()],
            heads: rows.iter().map(|r| r.1.checked_sub(1)).collect(),
            labels: rows.iter().map(|r| r.2).collect(),
            lower: rows.iter().map(|r| r.0.to_lowercase()).collect(),
        }
    }

    #[test]
    fn a_fronted_phrases_apposed_name_becomes_the_subjectless_predicates_subject() {
        // During her career, Ann Cole was a minister
        let mut p = parse(&[
            ("During", 3, "case"),
            ("her", 3, "nmod:poss"),
            ("career", 8, "nmod"),
            (",", 5, "punct"),
            ("Ann", 3, "appos"),
            ("Cole", 5, "flat"),
            ("was", 8, "cop"),
            ("minister", 0, "root"),
        ]);
        p.upos[4] = "PROPN";
        p.upos[7] = "NOUN";
        p.repair_fronted_subject();
        assert_eq!((p.head(4), p.label(4)), (Some(7), "nsubj"));
        assert_eq!(p.subject_of(7), [4]);
        // ... but not when the predicate has its own subject
        let mut q = parse(&[
            ("In", 2, "case"),
            ("Leeds", 6, "obl"),
            (",", 4, "punct"),
            ("Ann", 2, "appos"),
            ("Cole", 6, "nsubj"),
            ("won", 0, "root"),
        ]);
        q.upos[3] = "PROPN";
        q.upos[5] = "VERB";
        q.repair_fronted_subject();
        assert_eq!(q.label(3), "appos");
    }

    #[test]
    fn a_participle_on_a_predicate_noun_is_about_the_predicates_subject() {
        // Cole became the first member elected
        let p = parse(&[
            ("Cole", 2, "nsubj"),
            ("became", 0, "root"),
            ("the", 5, "det"),
            ("first", 5, "amod"),
            ("member", 2, "xcomp"),
            ("elected", 5, "acl"),
        ]);
        assert_eq!(p.subject_of(5), [0]);
        // ... and a participle on any other noun is about that noun
        let q = parse(&[
            ("Cole", 2, "nsubj"),
            ("met", 0, "root"),
            ("members", 2, "obj"),
            ("elected", 3, "acl"),
        ]);
        assert_eq!(q.subject_of(3), [2]);
    }

    #[test]
    fn leaving_someone_to_do_it_makes_them_its_subject() {
        // Darling takes trade, leaving Alexander to take over transport
        let p = parse(&[
            ("Darling", 2, "nsubj"),
            ("takes", 0, "root"),
            ("trade", 2, "obj"),
            (",", 5, "punct"),
            ("leaving", 2, "advcl"),
            ("Alexander", 5, "obj"),
            ("to", 8, "mark"),
            ("take", 5, "xcomp"),
            ("over", 8, "compound:prt"),
            ("transport", 8, "obj"),
        ]);
        assert_eq!(p.subject_of(7), [5]);
    }

    #[test]
    fn conjoined_verbs_share_the_subject() {
        // Hale resigned and joined Labour
        let p = parse(&[
            ("Hale", 2, "nsubj"),
            ("resigned", 0, "root"),
            ("and", 4, "cc"),
            ("joined", 2, "conj"),
            ("Labour", 4, "obj"),
        ]);
        assert_eq!(p.subject_of(3), [0]);
        assert_eq!(p.objects(3), [4]);
    }

    #[test]
    fn object_control_gives_the_object() {
        // They persuaded Owen to switch
        let p = parse(&[
            ("They", 2, "nsubj"),
            ("persuaded", 0, "root"),
            ("Owen", 2, "obj"),
            ("to", 5, "mark"),
            ("switch", 2, "xcomp"),
        ]);
        assert_eq!(p.subject_of(4), [2]);
        // She decided to quit: subject control.
        let q = parse(&[
            ("She", 2, "nsubj"),
            ("decided", 0, "root"),
            ("to", 4, "mark"),
            ("quit", 2, "xcomp"),
        ]);
        assert_eq!(q.subject_of(3), [0]);
        // She beat Owen to become leader: "beat" is no verb of persuading.
        let r = parse(&[
            ("She", 2, "nsubj"),
            ("beat", 0, "root"),
            ("Owen", 2, "obj"),
            ("to", 5, "mark"),
            ("become", 2, "xcomp"),
        ]);
        assert_eq!(r.subject_of(4), [0]);
    }

    #[test]
    fn adverbial_participles_share_the_main_subject() {
        // Hague kept his brief , becoming foreign secretary
        let p = parse(&[
            ("Hague", 2, "nsubj"),
            ("kept", 0, "root"),
            ("his", 4, "nmod:poss"),
            ("brief", 2, "obj"),
            (",", 6, "punct"),
            ("becoming", 2, "advcl"),
            ("secretary", 6, "xcomp"),
        ]);
        assert_eq!(p.subject_of(5), [0]);
    }

    #[test]
    fn relative_pronoun_stands_for_its_noun() {
        // the MP who defected
        let p = parse(&[
            ("the", 2, "det"),
            ("MP", 0, "root"),
            ("who", 4, "nsubj"),
            ("defected", 2, "acl:relcl"),
        ]);
        assert_eq!(p.subject_of(3), [1]);
    }

    #[test]
    fn prepositional_objects_and_coordinated_subjects() {
        // Hale and Owen defected to Labour
        let p = parse(&[
            ("Hale", 4, "nsubj"),
            ("and", 3, "cc"),
            ("Owen", 1, "conj"),
            ("defected", 0, "root"),
            ("to", 6, "case"),
            ("Labour", 4, "obl"),
        ]);
        assert_eq!(p.subject_of(3), [0, 2]);
        assert_eq!(p.pp_object(3, "to"), [5]);
        assert!(p.pp_object(3, "from").is_empty());
        assert_eq!(p.case_of(5), Some("to"));
        assert_eq!(p.coordinated(2), [0, 2]);
    }

    #[test]
    fn appositions_go_both_ways() {
        // Tate , an opponent , left
        let p = parse(&[
            ("Tate", 6, "nsubj"),
            (",", 4, "punct"),
            ("an", 4, "det"),
            ("opponent", 1, "appos"),
            (",", 4, "punct"),
            ("left", 0, "root"),
        ]);
        assert_eq!(p.appositions(0), [3]);
        assert_eq!(p.appositions(3), [0]);
        assert_eq!(p.subject_of(5), [0]);
        assert_eq!(p.subtree_span(0), (0, 5));
    }

    #[test]
    fn passive_clauses_are_recognised() {
        // He was expelled
        let p = parse(&[
            ("He", 3, "nsubj:pass"),
            ("was", 3, "aux:pass"),
            ("expelled", 0, "root"),
        ]);
        assert!(p.is_passive(2));
        assert_eq!(p.subject_of(2), [0]);
    }
}
