//! SVG drawn by the server: a person's career timeline and the House as a hemicycle. Both
//! are maud markup (every text escaped), sized by a `viewBox` so they shrink to a phone's
//! width.

use floorcross_record::date::PartialDate;
use floorcross_store::{MembershipRow, TimelineRow};
use maud::{html, Markup};

use crate::colours::{colour, ink};
use crate::web::{evidence_href, Registers};

/// A date as a day number (the first day of a partial date), if it parses.
fn day(s: Option<&str>) -> Option<i32> {
    PartialDate::parse_prefix(s?).ok().map(|d| d.first_day())
}

fn last_day(s: Option<&str>) -> Option<i32> {
    PartialDate::parse_prefix(s?).ok().map(|d| d.last_day())
}

/// One horizontal lane of the career chart.
struct Lane {
    label: String,
    spells: Vec<Spell>,
}

struct Spell {
    from: i32,
    to: i32,
    /// Open at the end (still held when the record was made).
    open: bool,
    name: String,
    colour: String,
    pending: bool,
    title: String,
}

const W: f64 = 800.0;
const LEFT: f64 = 90.0;
const RIGHT: f64 = 16.0;
const LANE_H: f64 = 26.0;
const MARKS_H: f64 = 34.0;

/// The career timeline: party, seat and office spells as coloured bars in lanes (pending
/// ones dashed), every change as a mark above them (pending ones hollow and dashed), each
/// mark a link to its evidence. `today` ends the spells still open.
pub fn career(
    memberships: &[MembershipRow],
    events: &[TimelineRow],
    registers: &Registers,
    today: i32,
) -> Markup {
    let mut lanes: Vec<Lane> = Vec::new();
    let mut lane_of = |label: String| -> usize {
        match lanes.iter().position(|l| l.label == label) {
            Some(i) => i,
            None => {
                lanes.push(Lane {
                    label,
                    spells: Vec::new(),
                });
                lanes.len() - 1
            }
        }
    };
    // parties first, then whips, seats and offices
    let mut ms: Vec<&MembershipRow> = memberships.iter().collect();
    let rank = |k: &str| match k {
        "party" => 0,
        "whip" => 1,
        "seat" => 2,
        _ => 3,
    };
    ms.sort_by_key(|m| (rank(&m.kind), day(m.since.as_deref())));
    let mut lo = i32::MAX;
    let mut hi = i32::MIN;
    let mut placed: Vec<(usize, Spell)> = Vec::new();
    for m in ms {
        let Some(from) = day(m.since.as_deref()) else {
            continue;
        };
        let open = m.until.is_none();
        let to = last_day(m.until.as_deref()).unwrap_or(today.max(from));
        let (label, name, col) = match m.kind.as_str() {
            "party" | "whip" => {
                let org = m.org.clone().unwrap_or_default();
                let label = if m.kind == "party" { "Party" } else { "Whip" };
                (label.to_string(), org.clone(), colour(&org))
            }
            "seat" => {
                let for_party = m.on_behalf_of.clone().unwrap_or_default();
                let seat = m.post.clone().or(m.org.clone()).unwrap_or_default();
                ("Seat".to_string(), seat, colour(&for_party))
            }
            _ => {
                let office = [m.role.as_deref(), m.org.as_deref(), m.post.as_deref()]
                    .into_iter()
                    .flatten()
                    .collect::<Vec<_>>()
                    .join(", ");
                ("Office".to_string(), office, "#5f6b7a".to_string())
            }
        };
        let title = format!(
            "{name}: {} – {}{}",
            m.since.as_deref().unwrap_or("?"),
            m.until.as_deref().unwrap_or("(open)"),
            if m.status == "pending" {
                " (pending: reported, not confirmed)"
            } else {
                ""
            }
        );
        lo = lo.min(from);
        hi = hi.max(to);
        // pending spells (reported, not confirmed) on a lane of their own under the lane
        // they would change
        let label = if m.status == "pending" {
            format!("{label} (pending)")
        } else {
            label
        };
        // offices that overlap go on lanes of their own
        let mut lane = lane_of(label.clone());
        if label.starts_with("Office") {
            let mut n = 1;
            while placed
                .iter()
                .any(|(l, s)| *l == lane && s.from <= to && from <= s.to)
            {
                n += 1;
                lane = lane_of(format!("Office {n}"));
            }
        }
        placed.push((
            lane,
            Spell {
                from,
                to,
                open,
                name,
                colour: col,
                pending: m.status == "pending",
                title,
            },
        ));
    }
    for (l, s) in placed {
        lanes[l].spells.push(s);
    }
    let marks: Vec<(i32, &TimelineRow)> = events
        .iter()
        .filter_map(|e| day(e.date.as_deref()).map(|d| (d, e)))
        .collect();
    for (d, _) in &marks {
        lo = lo.min(*d);
        hi = hi.max(*d);
    }
    if lo > hi {
        return html! { p.muted { "Nothing dated on record to draw." } };
    }
    // a year of margin either side, at least three years shown
    lo -= 180;
    hi += 180;
    if hi - lo < 3 * 365 {
        let mid = (lo + hi) / 2;
        lo = mid - 3 * 365 / 2;
        hi = mid + 3 * 365 / 2;
    }
    // a tenth of a unit is finer than any screen shows
    let x = |d: i32| {
        ((LEFT + (W - LEFT - RIGHT) * f64::from(d - lo) / f64::from(hi - lo)) * 10.0).round() / 10.0
    };
    let height = MARKS_H + LANE_H * lanes.len() as f64 + 24.0;
    let (y0, _, _) = floorcross_record::date::from_day_number(lo);
    let (y1, _, _) = floorcross_record::date::from_day_number(hi);
    let step = ((y1 - y0) / 8).max(1);
    let years: Vec<i32> = (y0 + 1..=y1).filter(|y| (y - y0 - 1) % step == 0).collect();
    let axis_y = MARKS_H + LANE_H * lanes.len() as f64 + 4.0;
    html! {
        svg.career viewBox={"0 0 " (W) " " (height)} role="img"
            aria-label="Career timeline: party, seat and office spells, with every change as a mark" {
            @for y in &years {
                @let xx = x(floorcross_record::date::day_number(*y, 1, 1));
                line.grid x1=(xx) x2=(xx) y1="0" y2=(axis_y) {}
                text.tick x=(xx) y=(axis_y + 14.0) text-anchor="middle" { (y) }
            }
            text.lane-label x="4" y=(MARKS_H - 12.0) { "Changes" }
            @for (i, lane) in lanes.iter().enumerate() {
                @let y = MARKS_H + LANE_H * i as f64;
                text.lane-label x="4" y=(y + 17.0) { (lane.label) }
                @for s in &lane.spells {
                    @let (a, b) = (x(s.from), x(s.to).max(x(s.from) + 2.0));
                    g.spell.pending[s.pending] {
                        title { (s.title) }
                        rect x=(a) y=(y + 3.0) width=(b - a) height=(LANE_H - 6.0) rx="3"
                            fill=(s.colour) fill-opacity=(if s.pending { "0.35" } else { "1" })
                            stroke=(if s.pending { "#222" } else { "none" })
                            stroke-dasharray=(if s.pending { "5 3" } else { "none" }) {}
                        @if s.open {
                            path d={"M" (b) " " (y + 3.0) " l6 " ((LANE_H - 6.0) / 2.0) " l-6 " ((LANE_H - 6.0) / 2.0) "z"} fill=(s.colour) {}
                        }
                        @if b - a > 7.0 * s.name.chars().count() as f64 {
                            text.spell-name x=(a + 4.0) y=(y + 17.0) fill=(ink(&s.colour)) { (s.name) }
                        }
                    }
                }
            }
            @for (d, e) in &marks {
                @let cx = x(*d);
                @let pending = e.status != "confirmed";
                @let what = mark_title(e);
                @let href = e.sources.iter().find(|s| !registers.contains(&s.doc)).map(|s| evidence_href(&s.doc, &s.evidence));
                @let dot = html! {
                    title { (what) }
                    circle cx=(cx) cy=(MARKS_H - 14.0) r="7"
                        fill=(if pending { "#fff".to_string() } else { e.org.as_deref().map(colour).unwrap_or("#333".into()) })
                        stroke="#222" stroke-width="1.5"
                        stroke-dasharray=(if pending { "3 2" } else { "none" }) {}
                    line x1=(cx) x2=(cx) y1=(MARKS_H - 7.0) y2=(axis_y) stroke="#222" stroke-opacity="0.25"
                        stroke-dasharray=(if pending { "3 3" } else { "none" }) {}
                };
                @if let Some(h) = href {
                    a.mark.pending[pending] href=(h) data-kind=(e.kind) data-status=(e.status) { (dot) }
                } @else {
                    g.mark.pending[pending] data-kind=(e.kind) data-status=(e.status) { (dot) }
                }
            }
        }
    }
}

/// What a mark says on hover: the date, the change and its status.
fn mark_title(e: &TimelineRow) -> String {
    let mut s = format!("{}: {}", e.date.as_deref().unwrap_or("?"), e.kind);
    if let Some(f) = &e.from {
        s.push_str(&format!(" from {f}"));
    }
    if let Some(o) = &e.org {
        s.push_str(&format!(" to {o}"));
    }
    if let Some(p) = &e.post {
        s.push_str(&format!(" ({p})"));
    }
    if e.status != "confirmed" {
        s.push_str(&format!(" — {} ({}), not confirmed", e.status, e.modality));
    }
    s
}

/// Where each seat of a hemicycle goes: (x, y) in a 2 × 1 box (the centre at (1, 1)), and
/// the dot radius; seats ordered from the left end of the arc to the right.
pub fn hemicycle_seats(n: usize) -> (Vec<(f64, f64)>, f64) {
    if n == 0 {
        return (Vec::new(), 0.0);
    }
    let inner = 0.35;
    // rows so that seats along each arc are spaced about as far apart as the rows are
    let rows = ((1.0 + (1.0 + 4.0 * n as f64 / 3.26).sqrt()) / 2.0)
        .ceil()
        .max(1.0) as usize;
    let radii: Vec<f64> = (0..rows)
        .map(|i| {
            if rows == 1 {
                0.7
            } else {
                inner + (0.95 - inner) * i as f64 / (rows - 1) as f64
            }
        })
        .collect();
    let total_r: f64 = radii.iter().sum();
    let mut per_row: Vec<usize> = radii
        .iter()
        .map(|r| ((n as f64) * r / total_r).floor() as usize)
        .collect();
    // the seats rounding left out go to the outer rows
    let mut left = n - per_row.iter().sum::<usize>();
    let mut i = rows;
    while left > 0 {
        i = if i == 0 { rows - 1 } else { i - 1 };
        per_row[i] += 1;
        left -= 1;
    }
    let spacing = if rows > 1 {
        (0.95 - inner) / (rows - 1) as f64
    } else {
        0.5
    };
    let mut seats: Vec<(f64, f64, f64)> = Vec::with_capacity(n);
    let mut r_dot = spacing * 0.4;
    for (r, &k) in radii.iter().zip(&per_row) {
        if k == 0 {
            continue;
        }
        let arc = std::f64::consts::PI * r / k as f64;
        r_dot = r_dot.min(arc * 0.42).min(0.06);
        for j in 0..k {
            let a = if k == 1 {
                std::f64::consts::FRAC_PI_2
            } else {
                std::f64::consts::PI * (1.0 - j as f64 / (k - 1) as f64)
            };
            seats.push((a, 1.0 + r * a.cos(), 1.0 - r * a.sin()));
        }
    }
    // from the left end (angle π) round to the right (angle 0), inner rows first at a tie
    seats.sort_by(|a, b| b.0.total_cmp(&a.0));
    (seats.into_iter().map(|(_, x, y)| (x, y)).collect(), r_dot)
}

/// The House as a hemicycle: one dot per seat, coloured by party, parties in the order
/// given (largest first), each dot titled with its party.
pub fn hemicycle(parties: &[(String, u64)]) -> Markup {
    let n: u64 = parties.iter().map(|p| p.1).sum();
    let (seats, r) = hemicycle_seats(n as usize);
    let scale = 300.0;
    let height = scale * (1.0 + r) + 10.0;
    // the end seats' dots reach past the arc by their radius
    let pad = r * scale + 2.0;
    let mut owners = parties
        .iter()
        .flat_map(|(p, k)| std::iter::repeat_n(p.as_str(), *k as usize));
    html! {
        svg.hemicycle viewBox={(format!("{:.1} 0 {:.1} {height:.1}", -pad, 2.0 * (scale + pad)))} role="img"
            aria-label={"Seats by party: " (n) " in all"} {
            @for (x, y) in &seats {
                @let party = owners.next().unwrap_or("");
                circle.seat cx=(format!("{:.2}", x * scale)) cy=(format!("{:.2}", y * scale + 5.0))
                    r=(format!("{:.2}", r * scale)) fill=(colour(party)) data-party=(party) {
                    title { (party) }
                }
            }
            text.total x=(scale) y=(scale - 10.0) text-anchor="middle" { (n) " seats" }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_hemicycle_has_one_dot_per_seat_inside_its_box() {
        for n in [0, 1, 2, 5, 12, 99, 650, 659, 1000] {
            let (seats, r) = hemicycle_seats(n);
            assert_eq!(seats.len(), n, "{n}");
            for (x, y) in &seats {
                assert!(
                    (0.0..=2.0).contains(x) && (0.0..=1.0).contains(y),
                    "{n}: {x},{y}"
                );
            }
            if n > 1 {
                assert!(r > 0.0);
                // no two dots overlap
                let mut min = f64::MAX;
                for (i, a) in seats.iter().enumerate() {
                    for b in &seats[i + 1..] {
                        min = min.min(((a.0 - b.0).powi(2) + (a.1 - b.1).powi(2)).sqrt());
                    }
                }
                assert!(min >= 2.0 * r * 0.99, "{n}: closest {min}, radius {r}");
            }
        }
        // left to right: the first seat is left of the last
        let (s, _) = hemicycle_seats(12);
        assert!(s[0].0 < s[11].0);
    }

    #[test]
    fn the_hemicycle_colours_each_party_s_seats() {
        let svg = hemicycle(&[("Labour Party".into(), 3), ("Conservative Party".into(), 2)])
            .into_string();
        assert_eq!(svg.matches("<circle").count(), 5);
        assert_eq!(svg.matches("data-party=\"Labour Party\"").count(), 3);
        assert_eq!(svg.matches("fill=\"#0087dc\"").count(), 2);
    }
}
