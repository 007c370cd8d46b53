//! Skills sections.
//!
//! "Label: a, b, c" is one skill group, and goes on in a list line right below it when
//! it filled its line (wrapped); a short label on its own line heads the list lines
//! below it; unlabelled lists join one group named "Skills". Lists split at commas,
//! semicolons, bars, bullets and ranking operators ("Go = C++ > Python"), never inside
//! parentheses. Spoken languages go to `spoken`; other layouts to `skill_rows`.

use super::explain::Recorder;
use super::lines::{is_all_caps, list_items, word_count};
use super::normalise::Line;
use super::skill_rows;
use super::spoken;
use super::vocab;
use crate::model::{Language, Skill};

mod heads;
mod label;
pub use label::labelled;
use label::{bare_label, group_label};

/// What a skills line holds once its layout is read.
enum Row {
    /// Not a skill: a note or a table's header row.
    Skip(&'static str),
    /// A labelled group ("Label: a, b", "| Label | a, b |", "Label      a, b").
    Group(String, Vec<String>),
    /// Items of no label of their own (grid cells, a plain list).
    Items(Vec<String>),
    /// A spoken language and its level (a Europass grid row).
    Spoken(String, String),
    /// Spoken languages set beside their label's cell ("Fremdsprachen    Englisch").
    Languages(Vec<String>),
}

/// A name beside its level: a spoken language with its fluency, or a skill alone.
fn levelled(name: &str, level: &str) -> Row {
    let name = name.trim().to_string();
    if vocab::is_spoken_language(&name) {
        Row::Spoken(name, level.trim().to_string())
    } else {
        Row::Items(vec![name])
    }
}

/// Reads one line of a skills section; `None` when the usual label logic should decide.
fn row(lines: &[Line], idxs: &[usize], k: usize, colonless: bool) -> Option<Row> {
    let text: &str = &lines[idxs[k]].plain;
    if skill_rows::is_note(text) || super::signoff::is_signoff(text) {
        return Some(Row::Skip("ignored: note"));
    }
    if let Some(cells) = skill_rows::table_cells(text) {
        if skill_rows::is_table_rule(&cells) {
            return Some(Row::Skip("ignored: table rule"));
        }
        let below = idxs
            .get(k + 1)
            .and_then(|&j| skill_rows::table_cells(&lines[j].plain));
        if below.is_some_and(|b| skill_rows::is_table_rule(&b)) {
            return Some(Row::Skip("ignored: table header"));
        }
        // The header row: the first of a table, with lists only below it.
        let prev_row = k > 0 && skill_rows::table_cells(&lines[idxs[k - 1]].plain).is_some();
        let listy = |c: &[&str]| c.iter().any(|c| c.contains(','));
        if !prev_row && !listy(&cells) {
            let below = idxs
                .get(k + 1)
                .and_then(|&j| skill_rows::table_cells(&lines[j].plain));
            if below.is_some_and(|b| listy(&b)) {
                return Some(Row::Skip("ignored: table header"));
            }
        }
        // "| Polish | Native |", "| Excel | Advanced |": a name and its level.
        if cells.len() >= 2 && cells[1..].iter().all(|c| skill_rows::is_level(c)) {
            return Some(levelled(cells[0], cells[1]));
        }
        let items = cells[1..]
            .iter()
            .filter(|c| !skill_rows::is_level(c))
            .flat_map(|c| skill_rows::items(c))
            .collect();
        return Some(Row::Group(cells[0].to_string(), items));
    }
    if group_label(text).is_some() {
        return None;
    }
    if let Some(cells) = skill_rows::gap_cells(text) {
        match skill_rows::language_row(&cells) {
            Some(Some((name, level))) => return Some(Row::Spoken(name, level)),
            Some(None) => return Some(Row::Skip("ignored: language grid")),
            None => {}
        }
        let label = cells[0];
        if cells.len() == 2 && spoken::is_languages_label(label) {
            if let Some(items) = spoken::spoken_items(cells[1]) {
                return Some(Row::Languages(items));
            }
        }
        let lists = cells[1..].iter().all(|c| c.contains(',')) && !label.contains(',');
        // "Tooling      Git" labels its row as "Tooling:" would.
        let named = cells.len() == 2 && skill_rows::is_label_phrase(label);
        if (lists || named) && word_count(label) <= 4 {
            let items = cells[1..]
                .iter()
                .flat_map(|c| skill_rows::items(c))
                .collect();
            return Some(Row::Group(label.to_string(), items));
        }
        return Some(Row::Items(
            cells
                .iter()
                .filter(|c| !skill_rows::is_level(c))
                .flat_map(|c| skill_rows::items(c))
                .collect(),
        ));
    }
    if colonless {
        if let Some((label, rest)) = skill_rows::colonless_label(text) {
            return Some(Row::Group(label, skill_rows::items(&rest)));
        }
    }
    None
}

/// Whether the section writes its labels without colons ("Languages Go, Rust" on two
/// lines or more): only then is a first word read as a label.
fn colonless_section(lines: &[Line], idxs: &[usize]) -> bool {
    let lists = idxs
        .iter()
        .filter(|&&i| lines[i].plain.contains(',') && group_label(&lines[i].plain).is_none());
    let (mut n, mut labelled_n) = (0, 0);
    for &i in lists {
        n += 1;
        labelled_n += usize::from(skill_rows::colonless_label(&lines[i].plain).is_some());
    }
    labelled_n >= 2 && labelled_n * 3 >= n * 2
}

/// Most words of a skill named before its level ("Critical Thinking and
/// Problem-Solving: Advanced"); longer is a sentence about a level.
const MAX_LEVELLED_SKILL_WORDS: usize = 5;

/// The "Skills" group of unlabelled items, made on first use.
fn unlabelled(out: &mut Vec<Skill>) -> usize {
    match out.iter().position(|s| s.name.as_deref() == Some("Skills")) {
        Some(g) => g,
        None => {
            out.push(Skill {
                name: Some("Skills".into()),
                ..Skill::default()
            });
            out.len() - 1
        }
    }
}

/// Reads a skills section; spoken-language lines in it go to `langs`.
pub fn skills(
    lines: &[Line],
    idxs: &[usize],
    out: &mut Vec<Skill>,
    langs: &mut Vec<Language>,
    rec: &mut Recorder,
) {
    let mut current: Option<usize> = None;
    let mut current_depth: Option<u8> = None;
    // The section names its groups by emphasis: a group then runs to the next head,
    // blank lines and all, and an unmarked line is never a head.
    let marks = heads::section_marks(lines, idxs);
    let colonless = colonless_section(lines, idxs);
    let labelled_rows = idxs
        .iter()
        .filter(|&&i| group_label(&lines[i].plain).is_some())
        .count();
    // The page's measure: its longest line as the converter wrote it, leaving out lines
    // spread over columns by wide gaps ("Engineer      2019 – 2021").
    let measure = skill_rows::measure(lines);
    let filled = |l: &Line| skill_rows::filled(l, measure);
    // The labelled group a row that filled its line went to, and whether that line
    // ended on a separator.
    let mut wraps: Option<(usize, bool)> = None;
    // The line of languages under a languages label, read with the label.
    let mut taken = None;
    for (k, &i) in idxs.iter().enumerate() {
        let line = &lines[i];
        let text: &str = &line.plain;
        if text.is_empty() {
            continue;
        }
        let above = wraps.take();
        if taken == Some(k) {
            continue;
        }
        if let Some(rest) = spoken::spoken_line(text) {
            for item in list_items(&rest) {
                rec.note(line, format!("languages[{}]", langs.len()));
                langs.push(spoken::language(&item));
            }
            current = None;
            continue;
        }
        // "Experienced in optimising field protocols (…).": a sentence about one's
        // skills, kept with them (its group's) as a statement, not cut into keywords.
        if heads::is_statement(text) {
            let g = current.unwrap_or_else(|| unlabelled(out));
            let list = out[g]
                .extra
                .entry("statements".to_string())
                .or_insert_with(|| serde_json::Value::Array(Vec::new()));
            if let serde_json::Value::Array(v) = list {
                v.push(serde_json::Value::String(line.text.clone()));
            }
            rec.note(line, format!("skills[{g}].statements"));
            continue;
        }
        if marks && heads::heads_group(lines, idxs, k) {
            out.push(Skill {
                name: Some(text.trim_end_matches(':').trim().to_string()),
                ..Skill::default()
            });
            current = Some(out.len() - 1);
            current_depth = None;
            rec.note(line, format!("skills[{}].name", out.len() - 1));
            continue;
        }
        match row(lines, idxs, k, colonless) {
            Some(Row::Skip(why)) => {
                rec.note(line, why);
                continue;
            }
            Some(Row::Group(label, keywords)) => {
                out.push(Skill {
                    name: Some(label),
                    keywords,
                    ..Skill::default()
                });
                rec.note(line, format!("skills[{}]", out.len() - 1));
                if !marks {
                    current = None;
                }
                continue;
            }
            Some(Row::Spoken(name, fluency)) => {
                rec.note(line, format!("languages[{}]", langs.len()));
                langs.push(Language {
                    language: Some(name),
                    fluency: Some(fluency),
                    ..Language::default()
                });
                current = None;
                continue;
            }
            Some(Row::Languages(items)) => {
                for item in items {
                    rec.note(line, format!("languages[{}]", langs.len()));
                    langs.push(spoken::language(&item));
                }
                current = None;
                continue;
            }
            Some(Row::Items(items)) => {
                let g = current.unwrap_or_else(|| unlabelled(out));
                out[g].keywords.extend(items);
                rec.note(line, format!("skills[{g}].keywords"));
                continue;
            }
            None => {}
        }
        let next = idxs.get(k + 1).map(|&j| &lines[j]);
        // "PROGRAMMING" over "Fluent:" / "Go • Rust": a title over labelled groups.
        if is_all_caps(text)
            && word_count(text) <= 2
            && !text.contains([',', ';', '|', '•', ':'])
            && next.is_some_and(|n| n.plain.ends_with(':'))
        {
            rec.note(line, "ignored: skills subheading");
            current = None;
            continue;
        }
        if spoken::take_languages_below(line, next, langs, rec) {
            (taken, current) = (Some(k + 1), None);
            continue;
        }
        if !marks && bare_label(line, next) {
            out.push(Skill {
                name: Some(text.trim_end_matches(':').to_string()),
                ..Skill::default()
            });
            current = Some(out.len() - 1);
            current_depth = line.bullet;
            rec.note(line, format!("skills[{}].name", out.len() - 1));
            continue;
        }
        // Lines under a bare label belong to it until a line at its depth or above.
        if let Some(g) = current {
            let nested = line.bullet > current_depth
                || (marks || !line.blank_before) && group_label(text).is_none();
            if nested {
                // "Python: numpy, pandas" under a label: a group of its own inside it.
                if let Some((label, rest)) = group_label(text) {
                    let items = skill_rows::items(&rest);
                    if items.len() >= 2 {
                        out.push(Skill {
                            name: Some(label),
                            keywords: items,
                            ..Skill::default()
                        });
                        rec.note(line, format!("skills[{}]", out.len() - 1));
                        continue;
                    }
                }
                out[g].keywords.extend(skill_rows::items(text));
                rec.note(line, format!("skills[{g}].keywords"));
                continue;
            }
            if !marks {
                current = None;
            }
        }
        if let Some((label, rest)) = group_label(text) {
            // "Excel: Advanced": the label is the skill and the rest its level.
            if skill_rows::is_level(&rest) && word_count(&label) <= MAX_LEVELLED_SKILL_WORDS {
                match levelled(&label, &rest) {
                    Row::Spoken(name, fluency) => {
                        rec.note(line, format!("languages[{}]", langs.len()));
                        langs.push(Language {
                            language: Some(name),
                            fluency: Some(fluency),
                            ..Language::default()
                        });
                    }
                    _ => {
                        let g = unlabelled(out);
                        out[g].keywords.push(label);
                        rec.note(line, format!("skills[{g}].keywords"));
                    }
                }
                continue;
            }
            out.push(Skill {
                name: Some(label),
                keywords: skill_rows::items(&rest),
                ..Skill::default()
            });
            rec.note(line, format!("skills[{}]", out.len() - 1));
            wraps = filled(line).then(|| (out.len() - 1, skill_rows::ends_on_separator(text)));
            continue;
        }
        // A list line right under a labelled row, among rows that carry labels: that row
        // wrapping (a line break of the page, kept by text copied out of a PDF). Broken
        // without a separator, the break fell inside an item.
        if let Some((g, separated)) =
            above.filter(|_| labelled_rows >= 2 && !line.blank_before && line.bullet.is_none())
        {
            let mut items = skill_rows::items(text).into_iter();
            if !separated {
                if let (Some(last), Some(first)) = (out[g].keywords.last_mut(), items.next()) {
                    last.push(' ');
                    last.push_str(&first);
                }
            }
            out[g].keywords.extend(items);
            rec.note(line, format!("skills[{g}].keywords"));
            wraps = filled(line).then(|| (g, skill_rows::ends_on_separator(text)));
            continue;
        }
        // "Dutch (native), English (fluent)" in a skills list: spoken languages, which
        // JSON Resume keeps apart from skills.
        if let Some(items) = spoken::spoken_items(text) {
            for item in items {
                rec.note(line, format!("languages[{}]", langs.len()));
                langs.push(spoken::language(&item));
            }
            continue;
        }
        let g = unlabelled(out);
        out[g].keywords.extend(skill_rows::items(text));
        rec.note(line, format!("skills[{g}].keywords"));
    }
    spoken::take_from_skills(out, langs);
    out.retain(|s| !s.keywords.is_empty() || !s.extra.is_empty());
}

/// In a mixed section ("Certificates & Skills"), the lines labelled as skills or spoken
/// languages ("Software: …", "Languages: …"), and the rest.
pub fn labelled_skill_lines(lines: &[Line], idxs: &[usize]) -> (Vec<usize>, Vec<usize>) {
    idxs.iter().partition(|&&i| {
        let t: &str = &lines[i].plain;
        spoken::spoken_line(t).is_some()
            || group_label(t).is_some_and(|(label, _)| {
                let l = label.to_lowercase();
                l == "software"
                    || l.ends_with("skills")
                    || super::lines::tech_label(t).is_some() && l != "languages"
            })
    })
}

#[cfg(test)]
mod tests;
