//! Measuring the models: tagging and attachment scores on gold-token CoNLL-U (the CoNLL 2018
//! shared task's conventions: punctuation counts, LAS compares the universal part of the
//! label), and scheme-neutral agreement with the teacher on news: subjects, objects and
//! prepositional objects of verbs, and name spans.

use std::collections::BTreeSet;

use crate::conllu::Sentence;
use crate::tree::base;
use crate::Models;

/// Tagging and attachment counts.
#[derive(Clone, Copy, Debug, Default)]
pub struct Scores {
    pub words: usize,
    pub upos: usize,
    pub xpos: usize,
    pub uas: usize,
    pub las: usize,
}

fn pct(n: usize, d: usize) -> f64 {
    100.0 * n as f64 / d.max(1) as f64
}

impl Scores {
    /// `syntax UPOS=… XPOS=… UAS=… LAS=… words=N`
    pub fn line(&self) -> String {
        format!(
            "syntax UPOS={:.1} XPOS={:.1} UAS={:.1} LAS={:.1} words={}",
            pct(self.upos, self.words),
            pct(self.xpos, self.words),
            pct(self.uas, self.words),
            pct(self.las, self.words),
            self.words
        )
    }
    pub fn upos_pct(&self) -> f64 {
        pct(self.upos, self.words)
    }
    pub fn uas_pct(&self) -> f64 {
        pct(self.uas, self.words)
    }
    pub fn las_pct(&self) -> f64 {
        pct(self.las, self.words)
    }
}

/// Tags and parses each gold sentence's words and counts agreement.
pub fn attachment(models: &Models, gold: &[Sentence]) -> Scores {
    attachment_with_errors(models, gold, &mut |_, _, _| {})
}

/// [`attachment`], reporting each error as (kind, gold, predicted): kind is `upos`, `head`
/// (the gold label and the predicted one) or `label`.
pub fn attachment_with_errors(
    models: &Models,
    gold: &[Sentence],
    error: &mut dyn FnMut(&str, &str, &str),
) -> Scores {
    attachment_inner(models, gold, false, error)
}

/// [`attachment`] with the gold tags given to the parser (the parser's ceiling).
pub fn attachment_gold_tags(models: &Models, gold: &[Sentence]) -> Scores {
    attachment_inner(models, gold, true, &mut |_, _, _| {})
}

fn attachment_inner(
    models: &Models,
    gold: &[Sentence],
    gold_tags: bool,
    error: &mut dyn FnMut(&str, &str, &str),
) -> Scores {
    let mut s = Scores::default();
    let mut heads = Vec::new();
    let mut labels = Vec::new();
    for g in gold {
        let words: Vec<&str> = g.words.iter().map(String::as_str).collect();
        let mut tagged = models.tag(&words);
        if gold_tags {
            for i in 0..words.len() {
                if let Some(c) = models.tagger.class_of(&g.upos[i], &g.xpos[i]) {
                    tagged.tags[i] = c;
                }
            }
        }
        models.parse_raw(&words, &tagged, &mut heads, &mut labels);
        for i in 0..words.len() {
            s.words += 1;
            let upos = models.upos(tagged.tags[i]);
            if upos == g.upos[i] {
                s.upos += 1;
            } else {
                error("upos", &g.upos[i], upos);
            }
            s.xpos += (models.xpos(tagged.tags[i]) == g.xpos[i]) as usize;
            let label = models.label_name(labels[i]);
            if heads[i] == g.heads[i] {
                s.uas += 1;
                if base(label) == base(&g.labels[i]) {
                    s.las += 1;
                } else {
                    error("label", base(&g.labels[i]), base(label));
                }
            } else {
                error("head", base(&g.labels[i]), base(label));
            }
        }
    }
    s
}

/// Precision/recall counts for one relation.
#[derive(Clone, Copy, Debug, Default)]
pub struct Agreement {
    pub ours: usize,
    pub teacher: usize,
    pub both: usize,
}

impl Agreement {
    pub fn f1(&self) -> f64 {
        let p = self.both as f64 / self.ours.max(1) as f64;
        let r = self.both as f64 / self.teacher.max(1) as f64;
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }
    fn add(&mut self, ours: &BTreeSet<(usize, usize)>, teacher: &BTreeSet<(usize, usize)>) {
        self.ours += ours.len();
        self.teacher += teacher.len();
        self.both += ours.intersection(teacher).count();
    }
}

/// Agreement with the teacher on news silver.
#[derive(Clone, Copy, Debug, Default)]
pub struct TeacherAgreement {
    pub subject: Agreement,
    pub object: Agreement,
    pub pp_object: Agreement,
    pub person: Agreement,
    pub names: Agreement,
    pub sentences: usize,
}

impl TeacherAgreement {
    pub fn line(&self) -> String {
        format!(
            "teacher subject F={:.3} object F={:.3} pp-object F={:.3} PERSON F={:.3} names F={:.3} sentences={}",
            self.subject.f1(),
            self.object.f1(),
            self.pp_object.f1(),
            self.person.f1(),
            self.names.f1(),
            self.sentences
        )
    }
}

/// The teacher's own relations, from the `SH` (head, 1-based) and `SD` (spaCy label)
/// fields the silver tool keeps in MISC, and its `NE` BIO tags.
fn teacher_relations(s: &Sentence) -> [BTreeSet<(usize, usize)>; 3] {
    let n = s.len();
    let head = |i: usize| -> Option<usize> {
        s.misc_value(i, "SH")
            .and_then(|h| h.parse::<usize>().ok())
            .filter(|&h| h >= 1 && h <= n)
            .map(|h| h - 1)
    };
    let dep = |i: usize| s.misc_value(i, "SD").unwrap_or("");
    let is_verb = |i: usize| s.misc_value(i, "SP") == Some("VERB");
    let mut subj = BTreeSet::new();
    let mut obj = BTreeSet::new();
    let mut pobj = BTreeSet::new();
    for i in 0..n {
        let Some(h) = head(i) else { continue };
        match dep(i) {
            "nsubj" | "nsubjpass" if is_verb(h) => {
                subj.insert((h, i));
            }
            "dobj" if is_verb(h) => {
                obj.insert((h, i));
            }
            "pobj" => {
                if matches!(dep(h), "prep" | "agent" | "dative") {
                    if let Some(v) = head(h) {
                        if is_verb(v) {
                            pobj.insert((v, i));
                        }
                    }
                }
            }
            _ => {}
        }
    }
    [subj, obj, pobj]
}

fn spans(bio: impl Iterator<Item = String>, only: Option<&str>) -> BTreeSet<(usize, usize)> {
    let classes: Vec<u16> = bio.map(|b| crate::ner::class_of(&b)).collect();
    crate::ner::spans(&classes)
        .into_iter()
        .filter(|s| only.is_none_or(|k| s.kind_name() == k))
        .map(|s| (s.start, s.end * 4 + s.kind))
        .collect()
}

/// Compares the models with the teacher on silver sentences. `flags` gives each sentence's
/// name-lexicon flags.
pub fn against_teacher(
    models: &Models,
    silver: &[Sentence],
    flags: &dyn Fn(&[&str]) -> Vec<crate::NameFlags>,
) -> TeacherAgreement {
    let mut a = TeacherAgreement::default();
    for s in silver {
        let words: Vec<&str> = s.words.iter().map(String::as_str).collect();
        let tagged = models.tag(&words);
        let parse = models.parse(&words, &tagged);
        let mut subj = BTreeSet::new();
        let mut obj = BTreeSet::new();
        let mut pobj = BTreeSet::new();
        for k in 0..parse.len() {
            let Some(h) = parse.head(k) else { continue };
            if parse.upos[h] != "VERB" {
                continue;
            }
            // UD makes a name's first word its head ("flat"), the teacher its last: compare
            // names by their last word.
            let i = parse
                .children_with(k, &["flat"])
                .max()
                .map_or(k, |last| last.max(k));
            let k_label = parse.labels[k];
            match k_label {
                "nsubj" | "nsubj:pass" => {
                    subj.insert((h, i));
                }
                "obj" => {
                    obj.insert((h, i));
                }
                l if base(l) == "obl" && parse.case_of(k).is_some() => {
                    pobj.insert((h, i));
                }
                _ => {}
            }
        }
        let [ts, to, tp] = teacher_relations(s);
        a.subject.add(&subj, &ts);
        a.object.add(&obj, &to);
        a.pp_object.add(&pobj, &tp);
        let f = flags(&words);
        let names = models.recognise(&tagged, &f);
        let ours_person: BTreeSet<_> = names
            .iter()
            .filter(|n| n.kind_name() == "PERSON")
            .map(|n| (n.start, n.end * 4 + n.kind))
            .collect();
        let ours_all: BTreeSet<_> = names
            .iter()
            .map(|n| (n.start, n.end * 4 + n.kind))
            .collect();
        let ne = |i: usize| s.misc_value(i, "NE").unwrap_or("O").to_string();
        a.person
            .add(&ours_person, &spans((0..s.len()).map(ne), Some("PERSON")));
        a.names.add(&ours_all, &spans((0..s.len()).map(ne), None));
        a.sentences += 1;
    }
    a
}
