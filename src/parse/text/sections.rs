//! Section headings: their vocabulary in its many spellings, at any Markdown level or
//! none, and the split of a résumé into sections.
//!
//! A heading is recognised by its words ("Work Experience", "HONORS AND AWARDS",
//! "#### **Education**", "Projects (Cont.)"), never by its level alone: Markdown
//! levels in converted résumés are random. Lines before the first heading form the
//! preamble (name and contacts). What goes inside a section is other modules' job.
//!
//! Whether a line whose words name a section opens one is the `SectionHeading`
//! decision of the classifier seam (`classify`): the cues of every line are observed
//! once (`heading_candidate`: known words, one or more unknown ones, a title or
//! organisation word, set apart and short), the section in progress adds its own (a
//! plain restatement of its kind, a group label inside skills), and the weights in
//! `classify/weights.txt` decide. Hard constraints stay gates before the score: a list
//! item, a long line, a line with digits or an address, or words that name no section
//! are never vocabulary headings, and a "(Cont.)" heading never restarts its section.
//! Headings the vocabulary doesn't know are the same decision over other cues: marked
//! up at the level of the document's known headings, or bracketed, ending in a colon
//! or in capitals alone like the known ones (`heading_look` observes them). One at
//! the document's heading level over a list of bare terms is a group of skills.

use super::classify::{self, Classifier, Cue, Cues, Decision, Verdict};
use super::heading_look::{like_entry_heads, HeadingLook};
use super::lexicon;
use super::lines::{is_all_caps, word_count};
use super::lower::lower_then;
use super::normalise::{Document, Line};
use super::vocab;

/// Most words of a heading the vocabulary names: longer, it is a sentence or an entry.
const MAX_HEADING_WORDS: usize = 6;
/// Most characters of a heading's words: longer, it is a sentence or an entry.
const MAX_HEADING_CHARS: usize = 60;
/// Most characters and words of the raw line (marks, bullets, "(Cont.)" included),
/// the cheap test before the heading's words are read.
const MAX_RAW_CHARS: usize = 90;
const MAX_RAW_WORDS: usize = 8;
/// Most words of an item in a list of bare terms ("PikeOS", "Version control").
const MAX_TERM_WORDS: usize = 3;
/// Most digits in a bare term ("x86", "DO-178C"); more, it is a number.
const MAX_TERM_DIGITS: usize = 4;
/// Fewest items that make a list of bare terms.
const MIN_TERMS: usize = 2;

mod kept;
mod kind;
mod words;
pub use kind::SectionKind;
use words::{declared_kind, heading_words, is_heading_word, kind_of, HEADING_HINT};

/// A run of lines under one heading.
#[derive(Debug, Clone)]
pub struct Section {
    pub kind: SectionKind,
    /// Index of the heading line in the document, if any.
    pub heading: Option<usize>,
    /// Indices of the section's content lines.
    pub lines: Vec<usize>,
    /// How the heading was weighed, when the classifier judged it (for `--explain`).
    pub verdict: Option<Verdict>,
}

/// The section kind a line announces, if it is a heading. The line alone is judged:
/// `split` adds what the line shows against the section in progress.
pub fn heading_kind(line: &Line) -> Option<SectionKind> {
    let (kind, cues) = heading_candidate(line)?;
    classify::judge(Decision::SectionHeading, cues)
        .yes()
        .then_some(kind)
}

/// A line whose words name a section, and the cues of it as a heading; None when a
/// hard constraint rules it out before any weighing: a list item, a long line or
/// sentence, a line with digits or an address, or one whose words name no section.
fn heading_candidate(line: &Line) -> Option<(SectionKind, Cues)> {
    if line.bullet.is_some()
        || line.text.len() > MAX_RAW_CHARS
        || word_count(&line.text) > MAX_RAW_WORDS
    {
        return None;
    }
    kept::candidate(line, read_candidate)
}

/// [`heading_candidate`] of a line short enough, read anew.
fn read_candidate(line: &Line) -> Option<(SectionKind, Cues)> {
    // The heading's own words' limits before the look of the line: they are cheaper.
    let continued = line
        .continued
        .then(|| Document::continued_heading(&line.plain));
    let text = continued.flatten();
    let text = text.as_deref().unwrap_or(&line.plain);
    let text = text.trim().trim_end_matches(':').trim();
    if text.is_empty()
        || text.len() > MAX_HEADING_CHARS
        || text.chars().any(|c| c.is_ascii_digit() || c == '@')
        || word_count(text) > MAX_HEADING_WORDS
        // Spaces out too: a heading's initial may stand apart ("E xperience").
        // (The word look-up before the spaced-out text: it allocates nothing.)
        || !(HEADING_HINT.is_match(&line.text)
            || line.plain.split_whitespace().any(|w| {
                let w = w.trim_matches(|c: char| !c.is_alphanumeric());
                lower_then(w, |w| lexicon::headings::kind_of_word(w).is_some())
            })
            || line.text.contains(' ') && HEADING_HINT.is_match(&line.text.replace(' ', "")))
    {
        return None;
    }
    let words = heading_words(text);
    let kind = kind_of(&words)?;
    let unknown: Vec<&String> = words.iter().filter(|w| !is_heading_word(w)).collect();
    let styled = line.heading > 0 || line.bold || is_all_caps(text);
    let cues = Cues::of(&[
        (Cue::KnownHeadingWords, unknown.is_empty()),
        (Cue::OneUnknownWord, unknown.len() == 1),
        (Cue::ManyUnknownWords, unknown.len() > 1),
        (
            Cue::ProperNounWord,
            unknown.iter().any(|w| {
                vocab::is_title_head(w) || vocab::is_org_suffix(w) || vocab::is_institution_word(w)
            }),
        ),
        (
            Cue::StyledShortLine,
            styled && (2..=3).contains(&words.len()),
        ),
    ]);
    Some((kind, cues))
}

/// The section kind a label's words name, if any, however it is set ("Courses" in a
/// list item).
pub fn kind_named(text: &str) -> Option<SectionKind> {
    kind_of(&heading_words(text))
}

/// Whether any word of a heading alone names jobs ("Academic Experience", "Academic
/// Positions"): such a heading may head posts held, whatever its other words say.
pub fn names_work(line: &Line) -> bool {
    heading_words(&line.plain)
        .into_iter()
        .any(|w| kind_of(std::slice::from_ref(&w)) == Some(SectionKind::Work))
}

/// Splits the document into the preamble and its sections. "(Cont.)" headings of the
/// section in progress don't start a new one; they are returned as ignored.
pub fn split(lines: &[Line]) -> (Vec<Section>, Vec<usize>) {
    split_with(lines, classify::classifier())
}

/// `split` with the given classifier deciding which lines open sections.
pub fn split_with(lines: &[Line], judge: &dyn Classifier) -> (Vec<Section>, Vec<usize>) {
    let mut out = vec![Section {
        kind: SectionKind::Preamble,
        heading: None,
        lines: Vec::new(),
        verdict: None,
    }];
    let mut repeated = Vec::new();
    // The number of sections when the last one was found to hold groups under
    // headings of its own level; None once a later section starts.
    let mut grouped: Option<usize> = None;
    // The cues of every line as a heading, observed once; then the line alone judged.
    let cands: Vec<Option<(SectionKind, Cues)>> = lines.iter().map(heading_candidate).collect();
    let kinds: Vec<Option<SectionKind>> = cands
        .iter()
        .map(|c| {
            c.filter(|&(_, cues)| judge.judge(Decision::SectionHeading, cues).yes())
                .map(|(k, _)| k)
        })
        .collect();
    let known: Vec<usize> = (0..lines.len()).filter(|&i| kinds[i].is_some()).collect();
    let look = HeadingLook::of(lines, &known);
    for (i, line) in lines.iter().enumerate() {
        let cur = out.last().map(|s| s.kind);
        if let (Some(kind), Some((_, cues))) = (kinds[i], cands[i]) {
            if line.continued && cur == Some(kind) {
                repeated.push(i);
                continue;
            }
            // The line against the section in progress: a plain "Volunteer" line inside
            // a volunteering section is a job title, not the section starting again.
            let styled = line.heading > 0 || line.bold || is_all_caps(&line.text);
            // "Teaching:" over "Lesson planning, Assessment" inside a skills section is
            // a group label, not the teaching section.
            let label_in_skills = cur == Some(SectionKind::Skills)
                && kind != SectionKind::Languages
                && !styled
                && !line.blank_before
                && line.text.trim_end().ends_with(':')
                && lines.get(i + 1).is_some_and(|n| {
                    n.bullet.is_none() && n.text.contains(", ") && kinds[i + 1].is_none()
                });
            let cues = cues.with(Cues::of(&[
                (Cue::SkillsGroupLabel, label_in_skills),
                (
                    Cue::ColonLabelInJob,
                    !styled && out.last().is_some_and(|s| colon_label_in_job(lines, s, i)),
                ),
                (
                    Cue::SameKindUnstyled,
                    cur == Some(kind) && !styled && !line.blank_before,
                ),
                // Only a kind other than the section's moves its entry away.
                (
                    Cue::LikeEntryHeads,
                    cur != Some(kind)
                        && out
                            .last()
                            .is_some_and(|s| like_entry_heads(lines, s.heading, &s.lines, i)),
                ),
            ]));
            let verdict = judge.judge(Decision::SectionHeading, cues);
            if !verdict.yes() {
                if let Some(last) = out.last_mut() {
                    last.lines.push(i);
                }
                continue;
            }
            out.push(Section {
                kind,
                heading: Some(i),
                lines: Vec::new(),
                verdict: Some(verdict),
            });
            continue;
        }
        let started = cur.is_some_and(|k| k != SectionKind::Preamble);
        // "Kitchen:" over a list inside a skills section is a group label.
        let skills_label = cur == Some(SectionKind::Skills)
            && lines.get(i + 1).is_some_and(|n| n.plain.contains(','));
        // A heading the vocabulary doesn't know, once a section has started: marked up
        // at the level the document gives its known headings ("# Bildung", "#
        // Softwareentwicklung": named by what words of it are known), or set apart as
        // headings are (`heading_look`: kept aside). Before the first section only a
        // group of skills is one (a sidebar may list them above the known headings),
        // and never the document's first line, which is its name.
        let opens_preamble = || lines[..i].iter().all(|l| l.plain.trim().is_empty());
        if started
            || (look.declared_heading(lines, i) && !opens_preamble() && lists_terms(lines, i))
        {
            // "## SKILLS" with nothing under it, then "## SOFTWARE", "## CRAFTS" at the
            // same level: a heading standing empty announces the headings after it as
            // its groups, which stay inside it.
            let declared = look.declared_heading(lines, i);
            let unknown_word = declared && declared_kind(line) == SectionKind::Other;
            let empty_above = out.last().is_some_and(|s| {
                s.heading.is_some_and(|h| lines[h].heading == line.heading)
                    && !matches!(s.kind, SectionKind::Other | SectionKind::Preamble)
                    && s.lines.iter().all(|&j| lines[j].plain.trim().is_empty())
            });
            if unknown_word && (empty_above || grouped == Some(out.len())) {
                grouped = Some(out.len());
                if let Some(last) = out.last_mut() {
                    last.lines.push(i);
                }
                continue;
            }
            let cues = Cues::of(&[
                (Cue::AtHeadingLevel, declared),
                (Cue::SkillsListLabel, skills_label),
            ])
            .with(look.unknown_cues(lines, i));
            let verdict = judge.judge(Decision::SectionHeading, cues);
            if verdict.yes() {
                let kind = match declared.then(|| declared_kind(line)) {
                    Some(SectionKind::Other) if lists_terms(lines, i) => SectionKind::Skills,
                    Some(kind) => kind,
                    None => SectionKind::Other,
                };
                out.push(Section {
                    kind,
                    heading: Some(i),
                    lines: Vec::new(),
                    verdict: Some(verdict),
                });
                continue;
            }
        }
        // "I hereby declare that…": the closing declaration, no part of a section.
        if started && cur != Some(SectionKind::Other) && is_declaration(&line.plain) {
            out.push(Section {
                kind: SectionKind::Other,
                heading: None,
                lines: vec![i],
                verdict: None,
            });
            continue;
        }
        if let Some(last) = out.last_mut() {
            last.lines.push(i);
        }
    }
    (out, repeated)
}

/// Whether line `i`, a plain label ending in a colon ("Teaching Experience:"), stands
/// inside section `s` of jobs with an entry already open, over a list, while the
/// section's own heading is set apart (a markup level, bold or capitals): a document
/// sets all its headings apart alike, so a plain label there groups one job's bullets.
fn colon_label_in_job(lines: &[Line], s: &Section, i: usize) -> bool {
    let jobs = matches!(
        s.kind,
        SectionKind::Work | SectionKind::Teaching | SectionKind::Volunteer | SectionKind::Research
    );
    let heading_set_apart = s.heading.is_some_and(|h| {
        let l = &lines[h];
        l.heading > 0 || l.bold || is_all_caps(&l.text)
    });
    let entry_open = s.lines.iter().any(|&j| !lines[j].plain.trim().is_empty());
    jobs && heading_set_apart
        && entry_open
        && lines[i].text.trim_end().ends_with(':')
        && lines.get(i + 1).is_some_and(|n| n.bullet.is_some())
}

/// Whether the lines under heading `i`, up to the next heading, are a list of bare
/// terms ("Linux", "PikeOS"): under a section heading the vocabulary doesn't know
/// ("Systems", "Frameworks"), that is a group of skills. A résumé names nothing else
/// so bare: jobs, degrees and awards carry dates, places or sentences, and the lists
/// of terms that are not skills (languages, interests) have headings the vocabulary knows.
fn lists_terms(lines: &[Line], i: usize) -> bool {
    let items: Vec<&Line> = lines[i + 1..]
        .iter()
        .take_while(|l| l.heading == 0)
        .filter(|l| !l.plain.trim().is_empty())
        .collect();
    items.len() >= MIN_TERMS
        && items.iter().all(|l| {
            l.bullet.is_some()
                && word_count(&l.plain) <= MAX_TERM_WORDS
                && !l.plain.contains([',', ':', '@'])
                && !l.plain.contains("://")
                // A phone number is no term; a version or model number may be.
                && l.plain.chars().filter(char::is_ascii_digit).count() <= MAX_TERM_DIGITS
                && !l.plain.trim_end().ends_with('.')
                && super::dates::find_dates(&l.plain).is_empty()
        })
}

/// "I hereby certify that the above…", "I declare that the information…".
fn is_declaration(t: &str) -> bool {
    if !t.starts_with('I') {
        return false;
    }
    let lower = t.get(..t.len().min(40)).unwrap_or(t).to_lowercase();
    lower.starts_with("i hereby ")
        || (lower.starts_with("i declare ") || lower.starts_with("i certify "))
            && lower.contains("that")
}

#[cfg(test)]
mod tests;
