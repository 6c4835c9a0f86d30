//! Prints what the HTML reader makes of pages: `cargo run --release -p floorcross-text --example html_probe -- PAGE.html...`
fn main() {
    for p in std::env::args().skip(1) {
        let bytes = std::fs::read(&p).expect("read");
        let html = String::from_utf8_lossy(&bytes);
        match floorcross_text::html::read_html(&html, None) {
            Ok(page) => println!(
                "{p}\n  title {:?}\n  byline {:?}\n  url {:?}\n  date {:?} ({:?})\n  text {} bytes: {:?}",
                page.title,
                page.byline,
                page.url,
                page.date.map(|d| d.to_string()),
                page.date_source,
                page.text.len(),
                page.text.chars().take(300).collect::<String>()
            ),
            Err(e) => println!("{p}: error {e}"),
        }
    }
}
