//! Compiling the rule data into a [`Tagger`]: which rule words are triggers, the modifiers
//! TimeML keeps inside an extent, the word ids the scan and the tense heuristics look for,
//! and the blocklist of names.

use aho_corasick::{AhoCorasick, MatchKind};
use floorcross_model::TimexType;

use crate::lexicon::Lexicon;
use crate::rules::{self, Alt, RuleSet};
use crate::tense::TenseWords;
use crate::Tagger;

const LEXICON: &str = include_str!("../data/lexicon.txt");
const RULES: &str = include_str!("../data/rules.txt");
const MODIFIERS: &str = include_str!("../data/modifiers.txt");
const BLOCKLIST: &str = include_str!("../data/blocklist.txt");

/// Frequent words that appear in rules but do not by themselves suggest a time expression;
/// a rule starting on one is tried only when a trigger follows within a few tokens.
const NOT_TRIGGERS: &[&str] = &[
    "the",
    "a",
    "an",
    "of",
    "in",
    "on",
    "at",
    "to",
    "for",
    "and",
    "or",
    "by",
    "from",
    "that",
    "this",
    "s",
    "m",
    "p",
    "o",
    "st",
    "nd",
    "rd",
    "th",
    "every",
    "each",
    "per",
    "more",
    "all",
    "no",
    "number",
    "some",
    "one",
    "last",
    "next",
    "early",
    "late",
    "mid",
    "same",
    "previous",
    "following",
    "coming",
    "few",
    "several",
    "many",
    "half",
    "just",
    "right",
    "fiscal",
    "financial",
    "first",
    "second",
    "third",
    "fourth",
    "q",
    "year",
    "new",
    "good",
    "general",
    "snap",
    "before",
    "after",
    "over",
    "within",
    "as",
    "time",
    "long",
    "old",
    "end",
    "full",
    "whole",
    "other",
    "these",
    "term",
    "near",
    "short",
    "date",
    "present",
    "until",
    "till",
    "medium",
    "final",
    "initial",
    "entire",
    "remaining",
    "british",
    "uk",
    "westminster",
    "independence",
    "boxing",
    "guy",
    "fawkes",
    "possible",
    "later",
    "earlier",
    "preceding",
    "latest",
    "while",
    "distant",
    "foreseeable",
    "eve",
    "once",
    "twice",
    "afterwards",
    "afterward",
];

/// A modifier phrase from `modifiers.txt` and the kinds of expression it can precede.
#[derive(Debug)]
pub(crate) struct Modifier {
    pub(crate) kinds: Vec<TimexType>,
    /// Also before a date counted in units ("about two years ago").
    pub(crate) ago: bool,
    pub(crate) seq: Vec<Alt>,
}

impl Tagger {
    pub(crate) fn try_new() -> Result<Tagger, String> {
        let mut lex = Lexicon::parse(LEXICON)?;
        let mut rules = RuleSet::parse(RULES, &mut lex)?;
        // Literal rule words are triggers unless they are frequent function words.
        let mut lits = Vec::new();
        for r in &rules.rules {
            for e in &r.body {
                for (a, _) in &e.alts {
                    if let Alt::Word(w) = a {
                        lits.push(*w);
                    }
                }
            }
        }
        for w in lits {
            let form = lex.forms[w as usize].clone();
            if !NOT_TRIGGERS.contains(&form.as_str()) {
                lex.set_trigger(w);
            }
        }
        // A rule with no trigger among its required elements could never fire ("the near
        // term", "a later date", "a while"): its last required literal word becomes a
        // trigger.
        let mut promote = Vec::new();
        for r in &rules.rules {
            let trig = |e: &rules::Elem| {
                e.alts.iter().any(|(a, _)| match a {
                    Alt::Word(w) => lex.trigger[*w as usize],
                    Alt::Class(c) => c.is_trigger(),
                    Alt::Builtin(b) => b.digits_only(),
                    _ => false,
                })
            };
            let mut req = r.body.iter().filter(|e| !e.optional);
            if req.clone().any(trig) {
                continue;
            }
            if let Some(e) = req.rfind(|e| e.alts.iter().any(|(a, _)| matches!(a, Alt::Word(_)))) {
                for (a, _) in &e.alts {
                    if let Alt::Word(w) = a {
                        promote.push(*w);
                    }
                }
            }
        }
        for w in promote {
            lex.set_trigger(w);
        }
        let mut mods = Vec::new();
        for line in MODIFIERS.lines() {
            let line = line.trim();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let (kinds, phrase) = line
                .split_once(':')
                .ok_or_else(|| format!("modifiers.txt: bad line {line}"))?;
            let ago = kinds.split(',').any(|k| k.trim() == "AGO");
            let kinds = kinds
                .split(',')
                .filter(|k| k.trim() != "AGO")
                .map(|k| match k.trim() {
                    "DATE" => Ok(TimexType::Date),
                    "TIME" => Ok(TimexType::Time),
                    "DURATION" => Ok(TimexType::Duration),
                    "SET" => Ok(TimexType::Set),
                    o => Err(format!("modifiers.txt: bad kind {o}")),
                })
                .collect::<Result<Vec<_>, _>>()?;
            let mut seq = Vec::new();
            for w in phrase.split_whitespace() {
                if w.chars().all(|c| c.is_ascii_alphabetic()) {
                    seq.push(Alt::Word(lex.intern(&w.to_ascii_lowercase())?));
                } else if w.chars().count() == 1 {
                    seq.push(Alt::Punct(w.chars().next().unwrap_or('-')));
                } else {
                    return Err(format!("modifiers.txt: bad word {w}"));
                }
            }
            mods.push(Modifier { kinds, ago, seq });
        }
        mods.sort_by_key(|m| std::cmp::Reverse(m.seq.len()));
        let w_be = lex.intern("be")?;
        let w_on = lex.intern("on")?;
        let w_at = lex.intern("at")?;
        let w_of = lex.intern("of")?;
        let w_to = lex.intern("to")?;
        let w_for = lex.intern("for")?;
        let w_common = ids(
            &mut lex,
            &[
                "today",
                "tonight",
                "now",
                "noon",
                "midnight",
                "yesterday",
                "tomorrow",
            ],
        )?;
        fn ids(lex: &mut Lexicon, ws: &[&str]) -> Result<Vec<u32>, String> {
            ws.iter().map(|w| lex.intern(w)).collect()
        }
        let tw = TenseWords {
            deadline: ids(&mut lex, &["until", "till", "effective"])?,
            soft_deadline: ids(&mut lex, &["by", "through"])?,
            up: lex.intern("up")?,
            since: lex.intern("since")?,
            had: lex.intern("had")?,
            been: lex.intern("been")?,
            be_present: ids(&mut lex, &["is", "are", "am", "being"])?,
            reporting: ids(&mut lex, &["said", "says", "told", "added"])?,
            as_: lex.intern("as")?,
            early_soon: ids(&mut lex, &["early", "soon"])?,
            is_are: ids(&mut lex, &["is", "are"])?,
            adj_before: ids(
                &mut lex,
                &[
                    "a",
                    "an",
                    "the",
                    "its",
                    "his",
                    "her",
                    "their",
                    "our",
                    "your",
                    "my",
                    "this",
                    "that",
                    "these",
                    "those",
                    "still",
                    "very",
                    "most",
                    "more",
                    "less",
                    "newly",
                    "well",
                    "once",
                    "previously",
                    "recently",
                    "already",
                    "highly",
                    "widely",
                    "so",
                    "too",
                    "as",
                    "no",
                    "any",
                    "some",
                    "long",
                ],
            )?,
            s: lex.intern("s")?,
            det: ids(
                &mut lex,
                &[
                    "a", "an", "the", "their", "his", "her", "its", "our", "this", "these",
                    "those", "another", "new",
                ],
            )?,
        };
        // Years in words ("nineteen ninety-six") start on these.
        for w in ["nineteen", "eighteen"] {
            let id = lex.intern(w)?;
            lex.set_trigger(id);
        }
        lex.build()?;
        rules.finalize(&lex);
        let phrases: Vec<String> = BLOCKLIST
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
            .map(str::to_string)
            .collect();
        let block = AhoCorasick::builder()
            .ascii_case_insensitive(true)
            .match_kind(MatchKind::LeftmostLongest)
            .build(&phrases)
            .map_err(|e| e.to_string())?;
        Ok(Tagger {
            lex,
            rules,
            mods,
            block,
            w_be,
            w_on,
            w_at,
            w_of,
            w_to,
            w_for,
            w_common,
            tw,
        })
    }
}
