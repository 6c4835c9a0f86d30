//! Learned syntax for floorcross: a part-of-speech tagger, a dependency parser in Universal
//! Dependencies' scheme, and a recogniser of person, organisation, place and group names,
//! all greedy averaged perceptrons, trained by `floorcross train-syntax` from UD English EWT
//! and from news labelled by a teacher (see `models/README.md`).
//!
//! The models run on the project's own tokens: callers pass a sentence's words.
//!
//! ```
//! let m = floorcross_syntax::Models::builtin();
//! let words = ["Hale", "defected", "to", "Labour", "."];
//! let tagged = m.tag(&words);
//! let parse = m.parse(&words, &tagged);
//! assert_eq!(parse.subject_of(1), [0]);
//! assert_eq!(parse.pp_object(1, "to"), [3]);
//! ```
//!
//! Main types: [`Models`] (loaded once), [`Tagged`] (per-word lexical attributes and tags),
//! [`tree::Parse`] (heads and labels with the grammatical questions extraction asks),
//! [`ner::Name`].

pub mod conllu;
pub mod eval;
pub mod feat;
pub mod io;
pub mod labeler;
pub mod lexical;
pub mod ner;
pub mod parser;
pub mod tagger;
pub mod train;
pub mod tree;
pub mod weights;

use std::path::Path;
use std::sync::OnceLock;

pub use lexical::{Clusters, Lex};
pub use ner::{Name, NameFlags};
pub use tree::Parse;

use io::Reader;
use labeler::Labeler;
use ner::Recogniser;
use parser::Parser;
use tagger::Tagger;

/// The model files, in the order `train-syntax` writes them.
pub const MODEL_FILES: [&str; 5] = [
    "clusters.bin",
    "tagger.bin",
    "parser.bin",
    "labeler.bin",
    "names.bin",
];

/// All the learned models.
pub struct Models {
    pub clusters: Clusters,
    pub tagger: Tagger,
    pub names: Recogniser,
    /// The parser and the labeller, read on first use when the models are the binary's own
    /// (a run that parses nothing, such as one over text with no sentence ends, never holds
    /// them: about a quarter of the models' memory).
    trees: OnceLock<Trees>,
    /// The parser's and the labeller's file bytes, for `trees` read on first use.
    deferred: Option<[&'static [u8]; 2]>,
    /// Per tag class: its UPOS and Penn tag (leaked once per load so parses can hand out
    /// `&'static str`).
    upos: Vec<&'static str>,
    xpos: Vec<&'static str>,
}

/// The parser, the labeller and the labeller's class names.
struct Trees {
    parser: Parser,
    labeler: Labeler,
    labels: Vec<&'static str>,
}

impl Trees {
    fn read(parser: &[u8], labeler: &[u8]) -> Result<Trees, String> {
        let named = |i: usize, e: String| format!("{}: {e}", MODEL_FILES[i]);
        let parser = Parser::read(&mut Reader::new(parser)).map_err(|e| named(2, e))?;
        let labeler = Labeler::read(&mut Reader::new(labeler)).map_err(|e| named(3, e))?;
        Ok(Trees {
            labels: leak(&labeler.labels),
            parser,
            labeler,
        })
    }
}

/// A sentence's lexical attributes and tags (classes of [`Models::tagger`]).
#[derive(Clone, Debug, Default)]
pub struct Tagged {
    pub lex: Vec<Lex>,
    pub tags: Vec<u16>,
}

/// Words that separate clauses, for the parser's features.
pub fn is_separator(word: &str) -> bool {
    matches!(word, "," | ";" | ":" | "-" | "–" | "—")
}

/// Forms of "be", "get" and "have": auxiliaries that mark passives and perfects.
pub fn is_be_like(lower: &str) -> bool {
    matches!(
        lower,
        "be" | "is"
            | "are"
            | "was"
            | "were"
            | "been"
            | "being"
            | "am"
            | "'s"
            | "’s"
            | "get"
            | "gets"
            | "got"
            | "getting"
            | "gotten"
    )
}

/// Hands the pages of compiled-in model bytes back to the kernel once they are decoded.
///
/// The tagger's, parser's, labeller's and recogniser's files are read once into their tables
/// and never looked at again, but reading them made their pages of the binary resident: about
/// 13 MB of a run's memory, as much as the tables themselves. Dropping them from this process's
/// mapping is safe because the binary's read-only data is never written: were they read again,
/// the kernel would page the same bytes back in from the file. The cluster map is read in place
/// (an fst over its bytes), so its file is not released.
fn release(bytes: &'static [u8]) {
    #[cfg(target_os = "linux")]
    {
        // SAFETY: sysconf has no preconditions.
        let page = unsafe { libc::sysconf(libc::_SC_PAGESIZE) };
        let Ok(page) = usize::try_from(page) else {
            return;
        };
        if page == 0 {
            return;
        }
        let begin = bytes.as_ptr() as usize;
        let start = begin.div_ceil(page) * page;
        let end = (begin + bytes.len()) / page * page;
        if end > start {
            // SAFETY: the range is whole pages inside `bytes`, read-only data of the binary's
            // file mapping: MADV_DONTNEED only unmaps them, and a later read faults the same
            // bytes back in from the file. A failure leaves the pages resident; nothing else.
            unsafe {
                libc::madvise(start as *mut libc::c_void, end - start, libc::MADV_DONTNEED);
            }
        }
    }
    #[cfg(not(target_os = "linux"))]
    let _ = bytes;
}

fn leak(v: &[String]) -> Vec<&'static str> {
    v.iter()
        .map(|s| &*Box::leak(s.clone().into_boxed_str()))
        .collect()
}

impl Models {
    /// The models compiled into the binary.
    pub fn builtin() -> &'static Models {
        static MODELS: OnceLock<Models> = OnceLock::new();
        MODELS.get_or_init(|| {
            Models::from_static_deferred([
                include_bytes!("../models/clusters.bin"),
                include_bytes!("../models/tagger.bin"),
                include_bytes!("../models/parser.bin"),
                include_bytes!("../models/labeler.bin"),
                include_bytes!("../models/names.bin"),
            ])
            .expect("the model files compiled into the binary are valid (tested)")
        })
    }

    /// Reads the parser and labeller now if they were deferred (the first parse would), so
    /// that a measurement of parsing speed leaves out loading them.
    pub fn load_trees(&self) {
        let _ = self.trees();
    }

    /// The parser and labeller: read now if they were deferred.
    fn trees(&self) -> &Trees {
        self.trees.get_or_init(|| {
            let [p, l] = self
                .deferred
                .expect("models without their trees were built deferred");
            let trees = Trees::read(p, l)
                .expect("the model files compiled into the binary are valid (tested)");
            release(p);
            release(l);
            trees
        })
    }

    /// The binary's models with the parser and labeller left unread.
    fn from_static_deferred(parts: [&'static [u8]; 5]) -> Result<Models, String> {
        let mut r = Reader::new(parts[0]);
        r.magic(b"FCCL", 1)
            .map_err(|e| format!("{}: {e}", MODEL_FILES[0]))?;
        let clusters =
            Clusters::read_static(&mut r).map_err(|e| format!("{}: {e}", MODEL_FILES[0]))?;
        let mut models = Models::assemble_parts(clusters, parts[1], parts[4], None)?;
        models.deferred = Some([parts[2], parts[3]]);
        release(parts[1]);
        release(parts[4]);
        Ok(models)
    }

    /// Reads the models from their files' bytes, in [`MODEL_FILES`] order.
    pub fn from_bytes(parts: [&[u8]; 5]) -> Result<Models, String> {
        let mut r = Reader::new(parts[0]);
        r.magic(b"FCCL", 1)
            .map_err(|e| format!("{}: {e}", MODEL_FILES[0]))?;
        let clusters = Clusters::read(&mut r).map_err(|e| format!("{}: {e}", MODEL_FILES[0]))?;
        Models::assemble(clusters, parts)
    }

    /// [`Models::from_bytes`] for bytes that live as long as the program: the cluster map
    /// is borrowed, not copied.
    pub fn from_static(parts: [&'static [u8]; 5]) -> Result<Models, String> {
        let mut r = Reader::new(parts[0]);
        r.magic(b"FCCL", 1)
            .map_err(|e| format!("{}: {e}", MODEL_FILES[0]))?;
        let clusters =
            Clusters::read_static(&mut r).map_err(|e| format!("{}: {e}", MODEL_FILES[0]))?;
        Models::assemble(clusters, parts)
    }

    fn assemble(clusters: Clusters, parts: [&[u8]; 5]) -> Result<Models, String> {
        let trees = Trees::read(parts[2], parts[3])?;
        Models::assemble_parts(clusters, parts[1], parts[4], Some(trees))
    }

    fn assemble_parts(
        clusters: Clusters,
        tagger: &[u8],
        names: &[u8],
        trees: Option<Trees>,
    ) -> Result<Models, String> {
        let named = |i: usize, e: String| format!("{}: {e}", MODEL_FILES[i]);
        let tagger = Tagger::read(&mut Reader::new(tagger)).map_err(|e| named(1, e))?;
        let names = Recogniser::read(&mut Reader::new(names)).map_err(|e| named(4, e))?;
        let (upos, xpos): (Vec<String>, Vec<String>) = (0..tagger.classes.len())
            .map(|c| {
                (
                    tagger.upos(c as u16).to_string(),
                    tagger.xpos(c as u16).to_string(),
                )
            })
            .unzip();
        let cell = OnceLock::new();
        if let Some(t) = trees {
            let _ = cell.set(t);
        }
        Ok(Models {
            upos: leak(&upos),
            xpos: leak(&xpos),
            clusters,
            tagger,
            names,
            trees: cell,
            deferred: None,
        })
    }

    /// Reads the model files from a directory.
    pub fn load_dir(dir: &Path) -> Result<Models, String> {
        let mut bufs = Vec::new();
        for f in MODEL_FILES {
            let p = dir.join(f);
            bufs.push(std::fs::read(&p).map_err(|e| format!("{}: {e}", p.display()))?);
        }
        Models::from_bytes([&bufs[0], &bufs[1], &bufs[2], &bufs[3], &bufs[4]])
    }

    /// Lexical attributes and part-of-speech tags of a sentence.
    pub fn tag(&self, words: &[&str]) -> Tagged {
        let mut t = Tagged::default();
        self.tag_into(words, &mut t);
        t
    }

    /// [`Models::tag`] into a reused buffer.
    pub fn tag_into(&self, words: &[&str], out: &mut Tagged) {
        lexical::analyse(words, &self.clusters, &mut out.lex);
        self.tagger.tag(&out.lex, &mut out.tags);
    }

    /// The tag whose universal and Penn parts are `upos` and `xpos`, if the tagger has it.
    pub fn tag_of(&self, upos: &str, xpos: &str) -> Option<u16> {
        (0..self.upos.len())
            .find(|&t| self.upos[t] == upos && self.xpos[t] == xpos)
            .map(|t| t as u16)
    }

    pub fn upos(&self, tag: u16) -> &'static str {
        self.upos[tag as usize]
    }

    pub fn xpos(&self, tag: u16) -> &'static str {
        self.xpos[tag as usize]
    }

    /// A tagged sentence without its tree: every word its own root, no relations. For text that
    /// is not a sentence (a run that had to be cut), where a tree would only be noise.
    pub fn unparsed(&self, words: &[&str], tagged: &Tagged) -> Parse {
        Parse {
            upos: tagged.tags.iter().map(|&t| self.upos(t)).collect(),
            xpos: tagged.tags.iter().map(|&t| self.xpos(t)).collect(),
            heads: vec![None; words.len()],
            labels: vec!["root"; words.len()],
            lower: words.iter().map(|w| w.to_lowercase()).collect(),
        }
    }

    /// Parses a tagged sentence.
    pub fn parse(&self, words: &[&str], tagged: &Tagged) -> Parse {
        let mut heads = Vec::new();
        let mut labels = Vec::new();
        self.parse_raw(words, tagged, &mut heads, &mut labels);
        let mut parse = Parse {
            upos: tagged.tags.iter().map(|&t| self.upos(t)).collect(),
            xpos: tagged.tags.iter().map(|&t| self.xpos(t)).collect(),
            heads: heads.iter().map(|&h| h.checked_sub(1)).collect(),
            labels: labels
                .iter()
                .map(|&l| self.trees().labels[l as usize])
                .collect(),
            lower: words.iter().map(|w| w.to_lowercase()).collect(),
        };
        parse.repair_fronted_subject();
        parse
    }

    /// Heads (1-based, 0 = root) and label classes, without building a [`Parse`].
    pub fn parse_raw(
        &self,
        words: &[&str],
        tagged: &Tagged,
        heads: &mut Vec<usize>,
        labels: &mut Vec<u16>,
    ) {
        let pw = parser_input(words, tagged);
        let trees = self.trees();
        trees.parser.parse(&pw, heads);
        let lw = labeler_words(words, tagged);
        trees.labeler.label(&lw, heads, labels);
    }

    pub fn label_name(&self, label: u16) -> &'static str {
        self.trees().labels[label as usize]
    }

    /// Person, organisation, place and group names in a tagged sentence; `flags` are the
    /// caller's lexicon facts per word (see [`ner::NameFlags`]).
    pub fn recognise(&self, tagged: &Tagged, flags: &[NameFlags]) -> Vec<Name> {
        if flags.len() != tagged.lex.len() {
            let zero = vec![0; tagged.lex.len()];
            return self.names.names(&tagged.lex, &tagged.tags, &zero);
        }
        self.names.names(&tagged.lex, &tagged.tags, flags)
    }
}

/// What the parser sees of each word.
pub fn parser_input(words: &[&str], tagged: &Tagged) -> Vec<parser::Word> {
    words
        .iter()
        .zip(&tagged.lex)
        .zip(&tagged.tags)
        .map(|((w, l), &t)| parser::Word::new(l, t, is_separator(w)))
        .collect()
}

/// What the labeller sees of each word.
pub fn labeler_words(words: &[&str], tagged: &Tagged) -> Vec<labeler::Word> {
    let mut lower = String::new();
    words
        .iter()
        .zip(&tagged.lex)
        .zip(&tagged.tags)
        .map(|((w, l), &t)| {
            lexical::normalise(w, &mut lower);
            labeler::Word {
                w: l.norm,
                p: t as u64 + 1,
                c: l.cluster[1],
                suf3: l.suf3,
                aux_be: is_be_like(&lower),
                comma: is_separator(w),
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_binarys_models_read_their_parser_on_first_use_and_parse_as_eager_ones() {
        let deferred = Models::builtin();
        let eager = Models::from_static([
            include_bytes!("../models/clusters.bin"),
            include_bytes!("../models/tagger.bin"),
            include_bytes!("../models/parser.bin"),
            include_bytes!("../models/labeler.bin"),
            include_bytes!("../models/names.bin"),
        ])
        .unwrap();
        assert!(eager.trees.get().is_some() && eager.deferred.is_none());
        let words = [
            "Tom",
            "Reed",
            "was",
            "appointed",
            "chancellor",
            "on",
            "Monday",
            ".",
        ];
        let (a, b) = (deferred.tag(&words), eager.tag(&words));
        let (pa, pb) = (deferred.parse(&words, &a), eager.parse(&words, &b));
        assert_eq!((pa.heads, pa.labels), (pb.heads, pb.labels));
        assert!(deferred.trees.get().is_some());
    }
}
