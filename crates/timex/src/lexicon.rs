//! The word list: every word form the rules care about, its senses, and the one
//! Aho-Corasick automaton that finds them all in a single pass over the text.

use std::collections::HashMap;

use aho_corasick::{AhoCorasick, MatchKind};

/// A word's role in the grammar. The names are the ones `lexicon.txt` and `rules.txt` use.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Class {
    Month,
    GMonth,
    Mon3,
    Weekday,
    Weekdays,
    Unit,
    Units,
    Pod,
    Pods,
    Season,
    NumW,
    Tens,
    Mult,
    Vague,
    OrdW,
    OrdTens,
    DecW,
    Zone,
    AmPm,
    Fut,
    Past,
}

impl Class {
    pub const ALL: &'static [(Class, &'static str)] = &[
        (Class::Month, "month"),
        (Class::GMonth, "gmonth"),
        (Class::Mon3, "mon3"),
        (Class::Weekday, "weekday"),
        (Class::Weekdays, "weekdays"),
        (Class::Unit, "unit"),
        (Class::Units, "units"),
        (Class::Pod, "pod"),
        (Class::Pods, "pods"),
        (Class::Season, "season"),
        (Class::NumW, "numw"),
        (Class::Tens, "tens"),
        (Class::Mult, "mult"),
        (Class::Vague, "vague"),
        (Class::OrdW, "ordw"),
        (Class::OrdTens, "ordtens"),
        (Class::DecW, "decw"),
        (Class::Zone, "zone"),
        (Class::AmPm, "ampm"),
        (Class::Fut, "fut"),
        (Class::Past, "past"),
    ];

    pub fn parse(s: &str) -> Option<Class> {
        Class::ALL.iter().find(|(_, n)| *n == s).map(|(c, _)| *c)
    }

    pub fn name(self) -> &'static str {
        Class::ALL
            .iter()
            .find(|(c, _)| *c == self)
            .map(|(_, n)| *n)
            .unwrap_or("?")
    }

    /// Classes whose words start or anchor a time expression (used by the trigger scan).
    pub fn is_trigger(self) -> bool {
        !matches!(
            self,
            Class::Fut | Class::Past | Class::Zone | Class::AmPm | Class::Vague
        )
    }

    /// Classes that only count when the word is capitalised ("May", "Sept").
    pub fn needs_capital(self) -> bool {
        matches!(self, Class::GMonth | Class::Mon3)
    }
}

/// One meaning of a word form: its class and an integer code (month number, unit code…).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Sense {
    pub class: Class,
    pub val: i32,
}

/// Word forms (lowercase, letters only), their senses and the automaton over them.
#[derive(Debug)]
pub struct Lexicon {
    pub forms: Vec<String>,
    index: HashMap<String, u32>,
    pub senses: Vec<Vec<Sense>>,
    /// Forms that make a token a trigger for the rule matcher.
    pub trigger: Vec<bool>,
    ac: Option<AhoCorasick>,
}

pub const NO_WORD: u32 = u32::MAX;

impl Lexicon {
    /// Parses `lexicon.txt`. Errors name the offending line.
    pub fn parse(src: &str) -> Result<Lexicon, String> {
        let mut lex = Lexicon {
            forms: Vec::new(),
            index: HashMap::new(),
            senses: Vec::new(),
            trigger: Vec::new(),
            ac: None,
        };
        for (n, line) in src.lines().enumerate() {
            let line = line.split('#').next().unwrap_or("").trim();
            if line.is_empty() {
                continue;
            }
            let mut it = line.split_whitespace();
            let class = it.next().and_then(Class::parse).ok_or_else(|| {
                format!("lexicon.txt:{}: unknown class in {line:?}", n + 1)
            })?;
            let val: i32 = it
                .next()
                .and_then(|v| v.parse().ok())
                .ok_or_else(|| format!("lexicon.txt:{}: bad value in {line:?}", n + 1))?;
            for form in it {
                let id = lex.intern(form)?;
                lex.senses[id as usize].push(Sense { class, val });
                if class.is_trigger() {
                    lex.trigger[id as usize] = true;
                }
            }
        }
        Ok(lex)
    }

    /// The id of `form`, adding it if new. Forms must be lowercase ASCII letters.
    pub fn intern(&mut self, form: &str) -> Result<u32, String> {
        if form.is_empty() || !form.bytes().all(|b| b.is_ascii_lowercase()) {
            return Err(format!("word form {form:?} must be lowercase ASCII letters"));
        }
        if let Some(&id) = self.index.get(form) {
            return Ok(id);
        }
        let id = self.forms.len() as u32;
        self.forms.push(form.to_string());
        self.index.insert(form.to_string(), id);
        self.senses.push(Vec::new());
        self.trigger.push(false);
        Ok(id)
    }

    pub fn id(&self, form: &str) -> Option<u32> {
        self.index.get(form).copied()
    }

    pub fn set_trigger(&mut self, id: u32) {
        if let Some(t) = self.trigger.get_mut(id as usize) {
            *t = true;
        }
    }

    /// Builds the automaton; call after every form is interned.
    pub fn build(&mut self) -> Result<(), String> {
        let ac = AhoCorasick::builder()
            .ascii_case_insensitive(true)
            .match_kind(MatchKind::LeftmostLongest)
            .build(&self.forms)
            .map_err(|e| e.to_string())?;
        self.ac = Some(ac);
        Ok(())
    }

    pub fn automaton(&self) -> Option<&AhoCorasick> {
        self.ac.as_ref()
    }

    pub fn senses(&self, id: u32) -> &[Sense] {
        self.senses.get(id as usize).map(|v| v.as_slice()).unwrap_or(&[])
    }

    pub fn sense(&self, id: u32, class: Class) -> Option<i32> {
        self.senses(id)
            .iter()
            .find(|s| s.class == class)
            .map(|s| s.val)
    }
}
