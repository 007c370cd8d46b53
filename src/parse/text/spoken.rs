//! Spoken languages: a "Languages" section ("English (native)", "German – B2",
//! "French" over "(Fluent)" or over "Native or bilingual proficiency"), and the
//! "Languages: …" line inside a skills section, or a line listing nothing but them.
//!
//! A "Languages" section is read as spoken languages when its items mostly are; a list
//! of programming languages under that heading stays a skill group (`skills`).

use super::explain::Recorder;
use super::lines::{list_items, word_count};
use super::normalise::Line;
use super::skills::labelled;
use super::vocab;
use crate::model::Language;

/// "Languages: English (native), Spanish (fluent)" inside a skills section.
pub fn spoken_line(text: &str) -> Option<String> {
    let (label, rest) = labelled(text)?;
    if !is_languages_label(&label) {
        return None;
    }
    let items = list_items(&rest);
    let spoken = items
        .iter()
        .filter(|i| vocab::is_spoken_language(i.split('(').next().unwrap_or(i).trim()))
        .count();
    (spoken * 2 > items.len()).then_some(rest)
}

/// "Languages", "Sprachen", "Fremdsprachen", "Langues", "Idiomas", "Lingue", "Talen",
/// "Språk", and Europass's "Mother tongue(s)" / "Língua materna" / "Outras línguas": a
/// label over spoken languages.
pub fn is_languages_label(label: &str) -> bool {
    let label = label.to_lowercase();
    [
        "language", "sprach", "langue", "idioma", "lingu", "talen", "taal", "språk", "język",
        "tongue", "língua", "lengua",
    ]
    .iter()
    .any(|w| label.contains(w))
}

/// Most words of a label set on its own line over spoken languages ("Other
/// language(s)"); longer, it is a sentence.
const MAX_LABEL_WORDS: usize = 4;

/// A languages label on a line of its own ("Mother tongue(s)", "Outras línguas") with
/// spoken languages on the line below, as Europass writes them inside its skills: the
/// label heads languages, not a group of skills. Gives the languages below; a mother
/// tongue label is their fluency ("Língua materna").
pub fn languages_below_label(text: &str, next: Option<&Line>) -> Option<Vec<Language>> {
    let label = text.trim_end_matches(':').trim();
    if word_count(label) > MAX_LABEL_WORDS || label.contains(',') || !is_languages_label(label) {
        return None;
    }
    let items = spoken_items(&next?.plain)?;
    let lower = label.to_lowercase();
    let native = [
        "tongue",
        "materna",
        "maternelle",
        "madre",
        "mutter",
        "moeder",
        "native",
    ]
    .iter()
    .any(|w| lower.contains(w));
    Some(
        items
            .iter()
            .map(|i| {
                let mut l = language(i);
                if native && l.fluency.is_none() {
                    l.fluency = Some(label.to_string());
                }
                l
            })
            .collect(),
    )
}

/// Reads a languages label and the languages on the line below it into `out`
/// ([`languages_below_label`]); false, and nothing read, when `line` is no such label.
pub fn take_languages_below(
    line: &Line,
    next: Option<&Line>,
    out: &mut Vec<Language>,
    rec: &mut Recorder,
) -> bool {
    let (Some(found), Some(below)) = (languages_below_label(&line.plain, next), next) else {
        return false;
    };
    rec.note(line, "ignored: languages label");
    for l in found {
        rec.note(below, format!("languages[{}]", out.len()));
        out.push(l);
    }
    true
}

/// The items of an unlabelled line when every one is a spoken language, a level after
/// it or not ("German (native)", "English – C1").
pub fn spoken_items(text: &str) -> Option<Vec<String>> {
    let items = list_items(text);
    let spoken = |i: &String| {
        let name = i.split(['(', ':']).next().unwrap_or(i);
        let name = name.split(" – ").next().unwrap_or(name);
        let name = name.split(" - ").next().unwrap_or(name).trim();
        word_count(name) <= 2 && vocab::is_spoken_language(name)
    };
    (!items.is_empty() && items.iter().all(spoken)).then_some(items)
}

/// Whether a section's items are mostly spoken languages.
pub fn mostly_spoken(lines: &[Line], idxs: &[usize]) -> bool {
    let items: Vec<String> = idxs
        .iter()
        .filter(|&&i| bracketed_fluency(&lines[i].plain).is_none())
        .flat_map(|&i| {
            let t: &str = &lines[i].plain;
            match labelled(t) {
                // "Dutch – native": the label is the language.
                Some((label, _)) if vocab::is_spoken_language(&label) => vec![label],
                Some((_, rest)) => list_items(&rest),
                None => list_items(t),
            }
        })
        .collect();
    let spoken = items
        .iter()
        .filter(|i| vocab::is_spoken_language(i))
        .count();
    !items.is_empty() && spoken * 2 >= items.len()
}

/// "English (native)", "German – B2", "French: fluent".
pub fn language(item: &str) -> Language {
    let item = item.trim();
    let (name, fluency) = if let Some((a, b)) = item.split_once('(') {
        (a.trim(), Some(b.trim_end_matches(')').trim()))
    } else if let Some((a, b)) = item
        .split_once(" – ")
        .or_else(|| item.split_once(" - "))
        .or_else(|| item.split_once(':'))
    {
        (a.trim(), Some(b.trim()))
    } else {
        (item, None)
    };
    Language {
        language: Some(name.to_string()),
        fluency: fluency.filter(|f| !f.is_empty()).map(str::to_string),
        ..Language::default()
    }
}

/// Most words of a fluency in brackets after a language listed among skills.
const MAX_FLUENCY_WORDS: usize = 3;

/// "Spanish (conversational)" in a list of skills: a spoken language with its fluency
/// in brackets is a language, whatever it is listed with (JSON Resume keeps languages
/// apart). Bare names stay: "Spanish" alone may be a subject taught or translated.
pub fn take_from_skills(skills: &mut [crate::model::Skill], langs: &mut Vec<Language>) {
    for s in skills {
        s.keywords.retain(|k| {
            let Some((name, rest)) = k.split_once('(') else {
                return true;
            };
            let fluency = rest.trim().strip_suffix(')').unwrap_or("").trim();
            let spoken = word_count(name) <= 2 && vocab::is_spoken_language(name.trim());
            if spoken && !fluency.is_empty() && word_count(fluency) <= MAX_FLUENCY_WORDS {
                langs.push(language(k));
                return false;
            }
            true
        });
    }
}

/// "(B2)", "(Fluent)": a fluency on a line of its own, under its language.
/// Also a profile export's "Native or bilingual proficiency" line.
fn bracketed_fluency(t: &str) -> Option<&str> {
    let t = t.trim();
    let lower = t.to_lowercase();
    if lower.ends_with(" proficiency") && word_count(t) <= 5 && !vocab::is_spoken_language(t) {
        return Some(t);
    }
    let inner = t.strip_prefix('(')?.strip_suffix(')')?.trim();
    (!inner.is_empty() && word_count(inner) <= 4).then_some(inner)
}

/// Reads a languages section.
pub fn languages(lines: &[Line], idxs: &[usize], out: &mut Vec<Language>, rec: &mut Recorder) {
    for &i in idxs {
        let t: &str = &lines[i].plain;
        if let Some(f) = bracketed_fluency(t) {
            if let Some(last) = out.last_mut().filter(|l| l.fluency.is_none()) {
                last.fluency = Some(f.to_string());
                rec.note(&lines[i], format!("languages[{}].fluency", out.len() - 1));
                continue;
            }
        }
        let t = match labelled(t) {
            Some((label, rest)) if label.to_lowercase().contains("language") => rest,
            // "Reading: French, German": a level over the languages held at it.
            Some((label, rest))
                if !vocab::is_spoken_language(&label)
                    && list_items(&rest)
                        .iter()
                        .all(|x| vocab::is_spoken_language(x)) =>
            {
                for item in list_items(&rest) {
                    rec.note(&lines[i], format!("languages[{}]", out.len()));
                    out.push(Language {
                        language: Some(item),
                        fluency: Some(label.clone()),
                        ..Language::default()
                    });
                }
                continue;
            }
            _ => t.to_string(),
        };
        // "English – Native" on one line is one language, not two items.
        let items = list_items(&t);
        for item in items {
            rec.note(&lines[i], format!("languages[{}]", out.len()));
            out.push(language(&item));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::parse::text::normalise::Document;

    /// The languages read from `text`, which must read as a list of spoken languages.
    fn spoken(text: &str) -> Vec<Language> {
        let doc = Document::new(text);
        let idxs: Vec<usize> = (0..doc.lines.len()).collect();
        assert!(mostly_spoken(&doc.lines, &idxs));
        let mut out = Vec::new();
        let mut rec = Recorder::new(doc.source.len());
        languages(&doc.lines, &idxs, &mut out, &mut rec);
        out
    }

    #[test]
    fn a_europass_label_over_languages() {
        let doc =
            Document::new("Outras línguas\nInglês, Francês\nMother tongue(s)\nDigital skills");
        let below = languages_below_label(&doc.lines[0].plain, Some(&doc.lines[1]));
        assert_eq!(below.map(|l| l.len()), Some(2));
        assert!(languages_below_label(&doc.lines[2].plain, Some(&doc.lines[3])).is_none());
        let doc = Document::new("Língua materna\nPortuguês");
        let below = languages_below_label(&doc.lines[0].plain, Some(&doc.lines[1]));
        assert_eq!(
            below.and_then(|l| l[0].fluency.clone()).as_deref(),
            Some("Língua materna")
        );
        assert!(is_languages_label("Mother tongue(s)"));
        assert!(is_languages_label("Língua materna"));
    }

    #[test]
    fn a_level_over_the_languages_held_at_it() {
        let got = spoken("Fluent: Welsh, Irish\nReading: Latin");
        let pairs: Vec<_> = got
            .iter()
            .map(|l| (l.language.as_deref(), l.fluency.as_deref()))
            .collect();
        assert_eq!(
            pairs,
            [
                (Some("Welsh"), Some("Fluent")),
                (Some("Irish"), Some("Fluent")),
                (Some("Latin"), Some("Reading"))
            ]
        );
    }

    #[test]
    fn labelled_spoken_lines_in_other_languages() {
        for line in [
            "Sprachen: Deutsch (Muttersprache), Englisch (C1)",
            "Langues : français (natif), anglais (courant)",
            "Languages: English (native), Spanish (fluent)",
        ] {
            assert!(spoken_line(line).is_some(), "{line}");
        }
        assert!(spoken_line("Programming languages: Rust, Go, C").is_none());
        assert!(spoken_line("Software: SolidWorks, AutoCAD").is_none());
    }

    #[test]
    fn spoken_languages() {
        let out = spoken("- Swedish (native), English (fluent)\nGerman – conversational");
        assert_eq!(out.len(), 3);
        assert_eq!(out[2].language.as_deref(), Some("German"));
        assert_eq!(out[2].fluency.as_deref(), Some("conversational"));
    }

    #[test]
    fn fluency_on_the_line_below() {
        let out = spoken(
            "German\n(B2)\nFrench\n(Fluent)\nJapanese\nSwahili\nLimited working proficiency",
        );
        let got: Vec<_> = out
            .iter()
            .map(|l| (l.language.as_deref(), l.fluency.as_deref()))
            .collect();
        assert_eq!(
            got,
            [
                (Some("German"), Some("B2")),
                (Some("French"), Some("Fluent")),
                (Some("Japanese"), None),
                (Some("Swahili"), Some("Limited working proficiency"))
            ]
        );
    }

    #[test]
    fn a_language_with_its_fluency_leaves_the_skills() {
        let mut skills = vec![crate::model::Skill {
            keywords: vec!["Epic".into(), "Polish (fluent)".into(), "Spanish".into()],
            ..Default::default()
        }];
        let mut langs = Vec::new();
        take_from_skills(&mut skills, &mut langs);
        assert_eq!(skills[0].keywords, ["Epic", "Spanish"]);
        assert_eq!(langs[0].fluency.as_deref(), Some("fluent"));
    }
}
