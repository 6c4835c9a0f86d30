//! Training every model from gold treebank sentences and teacher-labelled (silver) news, in
//! one deterministic run: the same inputs give byte-identical model files.
//!
//! 1. Clusters: read from the cluster table (`word TAB coarse TAB middle TAB fine TAB row`).
//! 2. Tagger: trained on gold and silver tags. The parser and labeller learn from
//!    *predicted* tags, produced by jackknifing (each fold tagged by a tagger trained on the
//!    other folds), so they see the tagger's real mistakes.
//! 3. Parser and labeller: gold trees, and silver trees the teacher's labels were converted
//!    into UD for (sentences whose conversion failed carry no tree and are skipped).
//! 4. Names: the teacher's PERSON / ORG / GPE / NORP spans on silver, with the final
//!    tagger's tags and the caller's lexicon flags.

use rustc_hash::FxHashMap;

use crate::conllu::Sentence;
use crate::io::Writer;
use crate::lexical::{self, Clusters};
use crate::weights::Prune;
use crate::{labeler, ner, parser, tagger, Models, NameFlags, Tagged};

/// Settings for a full training run.
pub struct Config {
    pub tagger_epochs: usize,
    pub parser_epochs: usize,
    pub labeler_epochs: usize,
    pub names_epochs: usize,
    pub folds: usize,
    pub seed: u64,
    /// Whether silver trees join the parser's and labeller's training data.
    pub silver_trees: bool,
    /// Whether silver tags join the tagger's training data.
    pub silver_tags: bool,
    pub prune_tagger: Prune,
    pub prune_parser: Prune,
    pub prune_labeler: Prune,
    pub prune_names: Prune,
    /// Stop after the tagger (for experiments: `train_all` then returns an error).
    pub tagger_only: bool,
    /// The tag dictionary: words seen this often with this share of one tag skip the model.
    pub dict_min_count: u32,
    pub dict_min_share: f64,
}

impl Default for Config {
    fn default() -> Config {
        Config {
            tagger_epochs: 10,
            parser_epochs: 15,
            labeler_epochs: 10,
            names_epochs: 10,
            folds: 5,
            seed: 0x000f_100c,
            silver_trees: true,
            silver_tags: true,
            prune_tagger: Prune {
                min_abs: 0.0,
                min_updates: 2,
            },
            prune_parser: Prune {
                min_abs: 0.0,
                min_updates: 3,
            },
            prune_labeler: Prune {
                min_abs: 0.0,
                min_updates: 2,
            },
            prune_names: Prune {
                min_abs: 0.0,
                min_updates: 1,
            },
            tagger_only: false,
            dict_min_count: 5,
            dict_min_share: 0.98,
        }
    }
}

/// Parses the cluster table.
pub fn read_clusters(tsv: &str) -> Result<Clusters, String> {
    let mut words = Vec::new();
    for (n, line) in tsv.lines().enumerate() {
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let cols: Vec<&str> = line.split('\t').collect();
        if cols.len() != 5 {
            return Err(format!("clusters line {}: expected 5 columns", n + 1));
        }
        let mut c = [0u16; 4];
        for k in 0..4 {
            c[k] = cols[k + 1]
                .parse()
                .map_err(|_| format!("clusters line {}: bad id {:?}", n + 1, cols[k + 1]))?;
        }
        words.push((cols[0].to_string(), c));
    }
    Clusters::build(words)
}

fn has_tree(s: &Sentence) -> bool {
    !s.labels.iter().any(|l| l == "_" || l.is_empty())
}

fn has_tags(s: &Sentence) -> bool {
    !s.xpos.iter().any(|t| t == "_" || t.is_empty())
}

/// Whether the teacher labelled the sentence (its names, at least).
fn from_teacher(s: &Sentence) -> bool {
    s.misc_value(0, "SD").is_some()
}

fn words_of(s: &Sentence) -> Vec<&str> {
    s.words.iter().map(String::as_str).collect()
}

/// Trains every model; returns the model files' bytes in [`crate::MODEL_FILES`] order.
pub fn train_all(
    clusters: Clusters,
    gold: &[Sentence],
    silver: &[Sentence],
    dev: &[Sentence],
    flags: &dyn Fn(&[&str]) -> Vec<NameFlags>,
    cfg: &Config,
    log: &mut dyn FnMut(String),
) -> Result<[Vec<u8>; 5], String> {
    // Tag classes, in a fixed order: sorted.
    let mut pairs: Vec<String> = gold
        .iter()
        .chain(silver.iter().filter(|s| has_tags(s)))
        .flat_map(|s| s.upos.iter().zip(&s.xpos).map(|(u, x)| format!("{u}\t{x}")))
        .collect();
    pairs.sort();
    pairs.dedup();
    let class_index: FxHashMap<String, u16> = pairs
        .iter()
        .enumerate()
        .map(|(i, p)| (p.clone(), i as u16))
        .collect();
    log(format!(
        "{} gold and {} silver sentences, {} tag classes, {} clustered words",
        gold.len(),
        silver.len(),
        pairs.len(),
        clusters.len()
    ));
    let tag_examples = |sents: &[&Sentence]| -> Vec<(Vec<lexical::Lex>, Vec<u16>)> {
        sents
            .iter()
            .map(|s| {
                let mut lex = Vec::new();
                lexical::analyse(&words_of(s), &clusters, &mut lex);
                let gold = s
                    .upos
                    .iter()
                    .zip(&s.xpos)
                    .map(|(u, x)| class_index[&format!("{u}\t{x}")])
                    .collect();
                (lex, gold)
            })
            .collect()
    };
    let tcfg = tagger::TrainConfig {
        epochs: cfg.tagger_epochs,
        seed: cfg.seed,
        prune: cfg.prune_tagger,
        dict_min_count: cfg.dict_min_count,
        dict_min_share: cfg.dict_min_share,
    };
    let train_tagger = |sents: &[&Sentence], log: &mut dyn FnMut(String)| -> tagger::Tagger {
        let data = tag_examples(sents);
        let examples: Vec<tagger::Example> = sents
            .iter()
            .zip(data)
            .map(|(s, (lex, gold))| tagger::Example {
                words: &s.words,
                lex,
                gold,
            })
            .collect();
        tagger::train(pairs.clone(), &examples, &tcfg, log)
    };

    // Sentences with trees: the parser's data.
    let treebank: Vec<&Sentence> = gold
        .iter()
        .chain(
            silver
                .iter()
                .filter(|s| cfg.silver_trees && has_tags(s) && has_tree(s)),
        )
        .collect();
    // Jackknifed tags for the treebank.
    let mut predicted: Vec<Vec<u16>> = vec![Vec::new(); treebank.len()];
    let folds = if cfg.tagger_only { 0 } else { cfg.folds };
    let all_tagged: Vec<&Sentence> = gold
        .iter()
        .chain(silver.iter().filter(|s| cfg.silver_tags && has_tags(s)))
        .collect();
    for fold in 0..folds {
        let in_fold = |i: usize| i % cfg.folds == fold;
        // Train on every tagged sentence except this fold's treebank sentences.
        let held: std::collections::HashSet<*const Sentence> = treebank
            .iter()
            .enumerate()
            .filter(|(i, _)| in_fold(*i))
            .map(|(_, s)| *s as *const Sentence)
            .collect();
        let train: Vec<&Sentence> = all_tagged
            .iter()
            .copied()
            .filter(|s| !held.contains(&(*s as *const Sentence)))
            .collect();
        let mut quiet = |_m: String| {};
        let t = train_tagger(&train, &mut quiet);
        let mut lex = Vec::new();
        for (i, s) in treebank.iter().enumerate() {
            if in_fold(i) {
                lexical::analyse(&words_of(s), &clusters, &mut lex);
                t.tag(&lex, &mut predicted[i]);
            }
        }
        log(format!(
            "jackknife fold {} of {} tagged",
            fold + 1,
            cfg.folds
        ));
    }
    let tagger = train_tagger(&all_tagged, log);
    if !dev.is_empty() {
        let (mut right, mut total) = (0, 0);
        let mut lex = Vec::new();
        let mut tags = Vec::new();
        for s in dev {
            lexical::analyse(&words_of(s), &clusters, &mut lex);
            tagger.tag(&lex, &mut tags);
            for (i, &t) in tags.iter().enumerate() {
                right += (tagger.upos(t) == s.upos[i]) as usize;
                total += 1;
            }
        }
        let covered: usize = dev
            .iter()
            .map(|s| {
                let mut lex = Vec::new();
                lexical::analyse(&words_of(s), &clusters, &mut lex);
                lex.iter().filter(|l| tagger.in_dictionary(l)).count()
            })
            .sum();
        log(format!(
            "tagger on dev: UPOS {:.2}% ({:.1}% of words from the tag dictionary)",
            100.0 * right as f64 / total.max(1) as f64,
            100.0 * covered as f64 / total.max(1) as f64
        ));
    }
    if cfg.tagger_only {
        return Err("stopped after the tagger (tagger_only)".into());
    }

    // Parser.
    let mut parser_examples = Vec::with_capacity(treebank.len());
    let mut label_names: Vec<String> = treebank
        .iter()
        .flat_map(|s| s.labels.iter().cloned())
        .collect();
    label_names.sort();
    label_names.dedup();
    let label_index: FxHashMap<&str, u16> = label_names
        .iter()
        .enumerate()
        .map(|(i, l)| (l.as_str(), i as u16))
        .collect();
    let mut labeler_examples = Vec::with_capacity(treebank.len());
    for (s, tags) in treebank.iter().zip(&predicted) {
        let words = words_of(s);
        let mut t = Tagged {
            lex: Vec::new(),
            tags: tags.clone(),
        };
        lexical::analyse(&words, &clusters, &mut t.lex);
        let pw = crate::parser_input(&words, &t);
        let mut g = Vec::with_capacity(s.len() + 1);
        g.push(usize::MAX);
        // The teacher attaches punctuation by other conventions than UD's: on silver, a
        // punctuation mark's head is left open (no move is penalised for it).
        let teacher = from_teacher(s);
        g.extend(s.heads.iter().zip(&s.labels).map(|(&h, l)| {
            if teacher && l == "punct" {
                parser::UNKNOWN_HEAD
            } else {
                h
            }
        }));
        parser_examples.push(parser::Example { words: pw, gold: g });
        labeler_examples.push(labeler::Example {
            words: crate::labeler_words(&words, &t),
            heads: s.heads.clone(),
            labels: s.labels.iter().map(|l| label_index[l.as_str()]).collect(),
        });
    }
    let pcfg = parser::TrainConfig {
        epochs: cfg.parser_epochs,
        seed: cfg.seed ^ 0x9a55,
        prune: cfg.prune_parser,
        ..parser::TrainConfig::default()
    };
    let parser = parser::train(&parser_examples, &pcfg, log);

    let labeler = labeler::train(
        label_names,
        &labeler_examples,
        cfg.labeler_epochs,
        cfg.seed ^ 0x1abe1,
        cfg.prune_labeler,
        log,
    );

    // Names, on silver only.
    let mut name_examples = Vec::new();
    for s in silver {
        if !from_teacher(s) {
            continue;
        }
        let words = words_of(s);
        let mut lex = Vec::new();
        lexical::analyse(&words, &clusters, &mut lex);
        let mut tags = Vec::new();
        tagger.tag(&lex, &mut tags);
        let gold = (0..s.len())
            .map(|i| ner::class_of(s.misc_value(i, "NE").unwrap_or("O")))
            .collect();
        name_examples.push(ner::Example {
            flags: flags(&words),
            lex,
            tags,
            gold,
        });
    }
    let names = ner::train(
        &name_examples,
        cfg.names_epochs,
        cfg.seed ^ 0x4e4e,
        cfg.prune_names,
        log,
    );

    let mut files: [Vec<u8>; 5] = Default::default();
    let mut w = Writer::default();
    w.magic(b"FCCL", 1);
    clusters.write(&mut w);
    files[0] = w.into_bytes();
    let mut w = Writer::default();
    tagger.write(&mut w);
    files[1] = w.into_bytes();
    let mut w = Writer::default();
    parser.write(&mut w);
    files[2] = w.into_bytes();
    let mut w = Writer::default();
    labeler.write(&mut w);
    files[3] = w.into_bytes();
    let mut w = Writer::default();
    names.write(&mut w);
    files[4] = w.into_bytes();

    log(format!(
        "features kept: tagger {}, parser {}, labeller {}, names {}",
        tagger.n_features(),
        parser.n_features(),
        labeler.n_features(),
        names.n_features()
    ));
    // The files must load.
    Models::from_bytes([&files[0], &files[1], &files[2], &files[3], &files[4]])?;
    Ok(files)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sentence(words: &[&str], upos: &[&str], heads: &[usize], labels: &[&str]) -> Sentence {
        Sentence {
            words: words.iter().map(|s| s.to_string()).collect(),
            upos: upos.iter().map(|s| s.to_string()).collect(),
            xpos: upos.iter().map(|s| s.to_string()).collect(),
            heads: heads.to_vec(),
            labels: labels.iter().map(|s| s.to_string()).collect(),
            ..Sentence::default()
        }
    }

    #[test]
    fn training_is_deterministic() {
        let gold: Vec<Sentence> = (0..30)
            .map(|k| {
                sentence(
                    &[
                        "The",
                        if k % 2 == 0 { "minister" } else { "MP" },
                        "resigned",
                        ".",
                    ],
                    &["DET", "NOUN", "VERB", "PUNCT"],
                    &[2, 3, 0, 3],
                    &["det", "nsubj", "root", "punct"],
                )
            })
            .collect();
        let mut silver = vec![sentence(
            &["Hale", "defected"],
            &["PROPN", "VERB"],
            &[2, 0],
            &["nsubj", "root"],
        )];
        silver[0].misc = vec!["SD=nsubj|NE=B-PERSON".into(), "SD=ROOT".into()];
        let clusters = || read_clusters("minister\t1\t2\t3\t4\nmp\t1\t2\t3\t5\n").unwrap();
        let cfg = Config {
            tagger_epochs: 2,
            parser_epochs: 2,
            labeler_epochs: 2,
            names_epochs: 2,
            folds: 2,
            ..Config::default()
        };
        let flags = |w: &[&str]| vec![0u8; w.len()];
        let a = train_all(clusters(), &gold, &silver, &[], &flags, &cfg, &mut |_| {}).unwrap();
        let b = train_all(clusters(), &gold, &silver, &[], &flags, &cfg, &mut |_| {}).unwrap();
        assert_eq!(a, b);
        let m = Models::from_bytes([&a[0], &a[1], &a[2], &a[3], &a[4]]).unwrap();
        let words = ["The", "MP", "resigned", "."];
        let p = m.parse(&words, &m.tag(&words));
        assert_eq!(p.subject_of(2), [1]);
    }
}
