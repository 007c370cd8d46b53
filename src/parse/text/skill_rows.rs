//! The layouts a skills line comes in besides "Label: a, b": Markdown table rows
//! ("| Frameworks | React, Vue |"), grids whose cells stand apart by wide gaps or tabs
//! ("Menu costing      Butchery      Pastry"), labels without a colon
//! ("ML frameworks JAX, PyTorch" from moderncv and awesome-cv), "▪"-separated lists,
//! experience suffixes ("Inventory control (8 years)"), and lines that stand in a
//! skills section without being skills ("References available on request").
//!
//! Deciding which group a line joins is `skills`' job; this module only takes lines
//! apart and says whether a line filled the page's measure (so a row on it may wrap).

use super::lexicon::levels;
use super::lines::{list_items, word_count};
use super::normalise::Line;

/// Fewest characters in a document's longest line for it to be a page's measure, not
/// a list of short lines.
const MIN_MEASURE: usize = 50;
/// How much of the measure (in fifths) a line must fill to have wrapped.
const FILLED_FIFTHS: usize = 4;

/// The document's measure: its longest single-column line, in characters.
pub fn measure(lines: &[Line]) -> usize {
    lines
        .iter()
        .filter(|l| l.more.is_empty() && !l.text.contains("   "))
        .map(|l| l.text.chars().count())
        .max()
        .unwrap_or(0)
}

/// Whether a line filled the measure, so a row on it may go on in the line below: a
/// row breaks onto the next line only when it has filled its line.
pub fn filled(line: &Line, measure: usize) -> bool {
    !line.more.is_empty()
        || measure >= MIN_MEASURE && line.text.chars().count() * 5 >= measure * FILLED_FIFTHS
}

/// A list line that ends on a separator: the next line starts a new item.
pub fn ends_on_separator(text: &str) -> bool {
    text.trim_end().ends_with([',', ';', '|', '•', '·', '/'])
}

/// A wide gap: three spaces or more (a tab is cleaned to three spaces).
const GAP: &str = "   ";

/// The cells of a Markdown table row, if the line is one.
pub fn table_cells(text: &str) -> Option<Vec<&str>> {
    let t = text.trim();
    let inner = t.strip_prefix('|')?.strip_suffix('|')?;
    let cells: Vec<&str> = inner.split('|').map(str::trim).collect();
    (cells.len() >= 2).then_some(cells)
}

/// "|------|:---:|": the rule under a Markdown table's header.
pub fn is_table_rule(cells: &[&str]) -> bool {
    cells
        .iter()
        .all(|c| !c.is_empty() && c.trim_matches(':').chars().all(|ch| ch == '-'))
}

/// The cells of a line laid out with wide gaps, if there are two or more. Three spaces
/// always part cells; two do when every cell is then short (a grid, not a sentence
/// with a double space after its full stop).
pub fn gap_cells(text: &str) -> Option<Vec<&str>> {
    let cells = |gap: &str| -> Vec<&str> {
        text.split(gap)
            .map(str::trim)
            .filter(|c| !c.is_empty())
            .collect()
    };
    if text.contains(GAP) {
        let wide = cells(GAP);
        return (wide.len() >= 2).then_some(wide);
    }
    if !text.contains("  ") {
        return None;
    }
    let narrow = cells("  ");
    let short = narrow
        .iter()
        .all(|c| word_count(c) <= 4 && !c.ends_with('.'));
    (narrow.len() >= 3 && short).then_some(narrow)
}

/// Words a skill group's label is made of in a "Label item, item" line without a colon.
#[rustfmt::skip]
const LABEL_WORDS: &[&str] = &[
    "languages", "language", "programming", "frameworks", "framework", "libraries",
    "library", "tools", "tooling", "tool", "cloud", "databases", "database", "data",
    "platforms", "platform", "observability", "monitoring", "config", "configuration",
    "iac", "infrastructure", "devops", "ci/cd", "testing", "ml", "ai", "web", "frontend",
    "backend", "mobile", "systems", "os", "operating", "software", "hardware", "technologies",
    "methods", "methodologies", "practices", "concepts", "other", "misc", "design",
    "analytics", "security", "networking", "containers", "orchestration", "messaging",
    "storage", "scripting", "markup", "querying", "&", "and", "/",
];

/// The words that end a colon-less label: a plural or a field, never a joiner.
fn ends_label(w: &str) -> bool {
    !matches!(
        w,
        "&" | "and" | "/" | "programming" | "ml" | "ai" | "data" | "operating"
    )
}

/// Whether a grid's first cell is a group label ("Tooling", "ML frameworks").
pub fn is_label_phrase(cell: &str) -> bool {
    let words: Vec<String> = cell.split_whitespace().map(str::to_lowercase).collect();
    !words.is_empty()
        && words.len() <= 4
        && words.iter().all(|w| LABEL_WORDS.contains(&w.as_str()))
        && words.last().is_some_and(|w| ends_label(w))
}

/// "ML frameworks JAX, PyTorch" → ("ML frameworks", "JAX, PyTorch"): the longest run of
/// label words at the start of a comma list, leaving its first item.
pub fn colonless_label(text: &str) -> Option<(String, String)> {
    if !text.contains(',') || text.contains(':') {
        return None;
    }
    let (first, _) = text.split_once(',')?;
    let words: Vec<&str> = first.split_whitespace().collect();
    let mut end = 0;
    for (k, w) in words.iter().enumerate() {
        if !LABEL_WORDS.contains(&w.to_lowercase().as_str()) {
            break;
        }
        if ends_label(&w.to_lowercase()) {
            end = k + 1;
        }
    }
    if end == 0 || end >= words.len() {
        return None;
    }
    // "Cloud Computing, DevOps", "Web development, APIs": a field's name, not a label.
    let head = words[end];
    let field = matches!(
        head.to_lowercase().as_str(),
        "development"
            | "computing"
            | "engineering"
            | "design"
            | "testing"
            | "architecture"
            | "security"
            | "analysis"
            | "analytics"
            | "services"
            | "applications"
            | "programming"
            | "management"
            | "administration"
            | "operations"
            | "science"
            | "infrastructure"
            | "automation"
            | "modelling"
            | "modeling"
            | "systems"
    );
    if field || !head.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit()) {
        return None;
    }
    let label = words[..end].join(" ");
    let rest = text.trim_start()[..]
        .split_whitespace()
        .skip(end)
        .collect::<Vec<_>>()
        .join(" ");
    Some((label, rest))
}

/// Fewest spaced dashes in a line before they read as list separators.
const MIN_DASH_SEPARATORS: usize = 2;

/// Items of one cell or list: the usual separators plus "▪", experience suffixes off.
pub fn items(text: &str) -> Vec<String> {
    let mut text = text.replace(" ▪ ", " | ").replace(" ◦ ", " | ");
    // "Cell models - Genome editing - Assays": spaced dashes between three items or more
    // separate them as commas would; one dash may join a skill to its level or a name.
    for dash in [" - ", " – ", " — "] {
        if text.matches(dash).count() >= MIN_DASH_SEPARATORS && !text.contains([',', ';', '|']) {
            text = text.replace(dash, " | ");
        }
    }
    list_items(&text)
        .into_iter()
        // "§ SAS": a symbol font's bullet copied as the section sign.
        .map(|i| i.strip_prefix("§ ").map_or(i.clone(), str::to_string))
        // "@kelda": a handle on a network, not a skill.
        .filter(|i| !is_level(i) && !i.starts_with('@'))
        .map(|i| without_level(&i).to_string())
        .filter(|i| !i.is_empty())
        .collect()
}

/// "Expert", "Advanced", "★★★★☆": a level standing in a grid cell beside its skill.
pub fn is_level(cell: &str) -> bool {
    let c = cell.trim();
    let glyphs = !c.is_empty() && c.chars().all(|ch| "★☆●○◼◻■□•◦ ".contains(ch));
    glyphs || levels::is_level(c)
}

/// "Retail management (8 years)", "Python (expert)", "Julia — expert", "HTML
/// Grundkenntnisse" → the skill alone: a level or a length of experience says how well,
/// not what.
fn without_level(item: &str) -> &str {
    if let Some(open) = item.rfind('(') {
        let inner = item[open + 1..].trim_end_matches(')').to_lowercase();
        if item.ends_with(')') && (is_duration(&inner) || levels::is_level(&inner)) {
            return item[..open].trim_end();
        }
    }
    for sep in [" — ", " – ", " - "] {
        if let Some((skill, level)) = item.rsplit_once(sep) {
            if levels::is_level(level) && !skill.trim().is_empty() {
                return skill.trim_end();
            }
        }
    }
    // A bare level after a name of one or more words: the last one or two words.
    let words: Vec<(usize, &str)> = item
        .split_whitespace()
        .map(|w| (w.as_ptr() as usize - item.as_ptr() as usize, w))
        .collect();
    for n in [2, 1] {
        if words.len() > n {
            let (at, _) = words[words.len() - n];
            if levels::may_trail_bare(&item[at..]) {
                return item[..at].trim_end();
            }
        }
    }
    item
}

/// "8 years", "2+ yrs", "6 months".
fn is_duration(inner: &str) -> bool {
    let mut words = inner.split_whitespace();
    let number = words
        .next()
        .is_some_and(|n| n.trim_end_matches('+').parse::<f32>().is_ok());
    let unit = words
        .next()
        .is_some_and(|u| matches!(u, "years" | "year" | "yrs" | "yr" | "months" | "mos"));
    number && unit && words.next().is_none()
}

/// "References available on request", the legend of a CEFR language grid, a driving
/// licence: notes in a skills section, not skills.
pub fn is_note(text: &str) -> bool {
    // Cheap test first: every note starts with one of these letters or names Europe.
    if !text.starts_with(['R', 'r', 'L', 'l', 'D', 'd']) && !text.contains("uropean") {
        return false;
    }
    let t = text.to_lowercase();
    (t.starts_with("references") || t.starts_with("referees"))
        && (t.contains("request") || t.contains("available"))
        && word_count(&t) <= 8
        || t.contains("common european framework")
        || t.starts_with("levels") && t.contains("a1") && t.contains("c2")
        || (t.starts_with("driving licen") || t.starts_with("driver's licen"))
            && word_count(&t) <= 6
}

/// A CEFR level ("B2", "C1").
fn cefr_level(c: &str) -> bool {
    let b = c.as_bytes();
    b.len() == 2 && matches!(b[0], b'A' | b'B' | b'C') && matches!(b[1], b'1' | b'2')
}

/// The column heads of a Europass language grid.
fn grid_head(c: &str) -> bool {
    let c = c.to_lowercase();
    matches!(
        c.as_str(),
        "understanding"
            | "speaking"
            | "writing"
            | "listening"
            | "reading"
            | "spoken interaction"
            | "spoken production"
    ) || c.starts_with("other language")
}

/// A spoken-language row of a Europass grid in a skills section: `Some(Some((language,
/// fluency)))` for "English   C1   C1   B2" or "Mother tongue(s)   German",
/// `Some(None)` for the grid's header rows, `None` for anything else.
pub fn language_row(cells: &[&str]) -> Option<Option<(String, String)>> {
    let first = cells[0].to_lowercase();
    if first.starts_with("mother tongue") || first.starts_with("native language") {
        return Some(Some((cells[1].to_string(), "Mother tongue".to_string())));
    }
    let mut heads = cells.iter().flat_map(|c| c.split("  ")).map(str::trim);
    if heads.all(|c| c.is_empty() || grid_head(c)) {
        return Some(None);
    }
    if cells[1..].iter().all(|c| cefr_level(c)) && cells[0].split_whitespace().count() <= 2 {
        return Some(Some((cells[0].to_string(), cells[1].to_string())));
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tables_and_grids() {
        assert_eq!(
            table_cells("| Testing | Jest, Vitest |"),
            Some(vec!["Testing", "Jest, Vitest"])
        );
        assert_eq!(table_cells("Go | Rust"), None);
        assert_eq!(
            gap_cells("Knife work      Sauces   Pastry"),
            Some(vec!["Knife work", "Sauces", "Pastry"])
        );
        assert_eq!(gap_cells("Go, Rust"), None);
        assert_eq!(
            gap_cells("Budgets  Rotas  Ordering"),
            Some(vec!["Budgets", "Rotas", "Ordering"])
        );
        assert_eq!(
            gap_cells("Ran the pass.  Trained staff in food safety"),
            None
        );
        assert!(is_level("Advanced") && is_level("★★★★☆") && !is_level("Go"));
    }

    #[test]
    fn labels_without_colons() {
        let l = |t| colonless_label(t).map(|(a, b)| format!("{a}|{b}"));
        assert_eq!(
            l("ML frameworks JAX, PyTorch").as_deref(),
            Some("ML frameworks|JAX, PyTorch")
        );
        assert_eq!(
            l("Cloud Google Cloud, AWS").as_deref(),
            Some("Cloud|Google Cloud, AWS")
        );
        assert_eq!(
            l("IaC & Config Pulumi, Ansible").as_deref(),
            Some("IaC & Config|Pulumi, Ansible")
        );
        assert_eq!(l("Data analysis, Statistics"), None);
        assert_eq!(l("Cloud Computing, DevOps"), None);
        assert_eq!(l("Web development, APIs"), None);
        assert_eq!(l("Languages: Go, Rust"), None);
        assert_eq!(l("Python, Go"), None);
        assert!(is_label_phrase("Tooling") && is_label_phrase("ML frameworks"));
        assert!(!is_label_phrase("Data") && !is_label_phrase("Kotlin"));
    }

    #[test]
    fn levels_leave_the_skill_alone() {
        assert_eq!(
            items("Python (Expert), Java (prior experience), Retail (8 years)"),
            ["Python", "Java", "Retail"]
        );
        assert_eq!(
            items("HTML Grundkenntnisse, MS-Office gut"),
            ["HTML", "MS-Office"]
        );
        // A level word that ends a name stays when not set apart.
        assert_eq!(
            items("Visual Basic, React Native"),
            ["Visual Basic", "React Native"]
        );
        assert_eq!(items("Julia — expert"), ["Julia"]);
        assert_eq!(
            items("Cell models - Genome editing - Assays"),
            ["Cell models", "Genome editing", "Assays"]
        );
    }

    #[test]
    fn item_clean_up() {
        assert_eq!(
            items("Stock control (10+ years) ▪ Rota planning (2 yrs) ▪ Excel"),
            ["Stock control", "Rota planning", "Excel"]
        );
        assert_eq!(items("Go (2019 port)"), ["Go (2019 port)"]);
        assert!(is_note("References available on request."));
        assert!(!is_note("Reference management, Zotero"));
    }
}
