//! An article's text with each claim's evidence marked: every span a `<mark>`, the one asked
//! for (by its sentence) `<mark class="current" id="ev">` so a link can scroll to it. The
//! text is escaped like every other text on the pages.

use floorcross_store::DocumentClaim;
use maud::{html, Markup};

/// The evidence spans to mark: distinct, in order, never overlapping (a span that overlaps
/// an earlier one is left out), each on character boundaries of `text`.
pub fn spans(text: &str, claims: &[DocumentClaim]) -> Vec<(usize, usize)> {
    let mut all: Vec<(usize, usize)> = claims
        .iter()
        .filter_map(|c| {
            Some((
                usize::try_from(c.start?).ok()?,
                usize::try_from(c.end?).ok()?,
            ))
        })
        .filter(|&(a, b)| {
            a < b && b <= text.len() && text.is_char_boundary(a) && text.is_char_boundary(b)
        })
        .collect();
    all.sort_by_key(|&(a, b)| (a, std::cmp::Reverse(b)));
    all.dedup();
    let mut out: Vec<(usize, usize)> = Vec::new();
    for s in all {
        let after_the_last = match out.last() {
            Some(l) => s.0 >= l.1,
            None => true,
        };
        if after_the_last {
            out.push(s);
        }
    }
    out
}

/// The text with its evidence marked; `current` is the evidence sentence to mark as the one
/// asked for.
pub fn marked(text: &str, claims: &[DocumentClaim], current: Option<&str>) -> Markup {
    let spans = spans(text, claims);
    let current = current.and_then(|ev| {
        spans
            .iter()
            .position(|&(a, b)| text[a..b].trim() == ev.trim())
    });
    let mut pos = 0;
    html! {
        @for (i, &(a, b)) in spans.iter().enumerate() {
            (&text[pos..a])
            @if Some(i) == current {
                mark.current #ev { (&text[a..b]) }
            } @else {
                mark { (&text[a..b]) }
            }
            ({ pos = b; "" })
        }
        (&text[pos..])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn claim(start: i64, end: i64) -> DocumentClaim {
        DocumentClaim {
            seq: 0,
            person: "X".into(),
            person_key: None,
            link: "new".into(),
            kind: "join".into(),
            org: None,
            from: None,
            post: None,
            role: None,
            date: None,
            modality: "asserted".into(),
            evidence: None,
            start: Some(start),
            end: Some(end),
        }
    }

    #[test]
    fn evidence_is_marked_and_text_escaped() {
        let text = "A <b>joined</b>. B left. C <script>x</script> stayed.";
        let claims = [
            claim(0, 16),
            claim(17, 24),
            claim(0, 16),
            claim(3, 9),
            claim(40, 999),
        ];
        assert_eq!(spans(text, &claims), vec![(0, 16), (17, 24)]);
        let html = marked(text, &claims, Some("B left.")).into_string();
        assert_eq!(
            html,
            "<mark>A &lt;b&gt;joined&lt;/b&gt;.</mark> <mark class=\"current\" id=\"ev\">B left.</mark> C &lt;script&gt;x&lt;/script&gt; stayed."
        );
    }

    #[test]
    fn a_span_off_a_character_boundary_is_left_out() {
        let text = "Sinn Féin won.";
        // "é" is two bytes: 7 is inside it
        assert!(spans(text, &[claim(0, 7)]).is_empty());
        assert_eq!(spans(text, &[claim(0, 8)]), vec![(0, 8)]);
    }
}
