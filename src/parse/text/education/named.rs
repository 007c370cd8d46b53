//! An education entry whose markup names its fields (a résumé class's entry macro).
//!
//! Takes the [`Education`] read from the entry's lines and the macro's
//! [`EntryFields`]; gives it the school, place, degree and grade as the arguments name
//! them: the organisation argument is the institution, the title argument the degree
//! (and its field), the grade argument the score. An empty argument leaves its field
//! empty, so nothing is borrowed from the description. Dates and the body stay as read.

use super::degree::degree;
use super::grade::score;
use crate::model::Education;
use crate::parse::formats::fields::EntryFields;
use crate::parse::text::lines::plain;

/// Most words a grade argument holds when it is the grade as written ("magna cum
/// laude", "mit Auszeichnung"); a longer one is a note, whose grade only counts if
/// it is read out of it.
const MAX_GRADE_WORDS: usize = 4;

/// `ed` with the fields `f` names, when there are any.
pub(super) fn apply(ed: &mut Education, f: Option<&EntryFields>) {
    let Some(f) = f.and_then(EntryFields::named) else {
        return;
    };
    let arg = |s: &str| Some(plain(s).trim().to_string()).filter(|s| !s.is_empty());
    ed.institution = arg(&f.org);
    ed.location = arg(&f.place);
    // A title that names no known degree ("Auslandsstudium") keeps what the line
    // reader made of the entry: a title argument is not always a qualification.
    if let Some(d) = arg(&f.title).and_then(|t| degree(&t)) {
        ed.study_type = Some(d.study_type);
        ed.area = d.area;
    }
    if let Some(g) = arg(&f.grade) {
        let whole = (g.split_whitespace().count() <= MAX_GRADE_WORDS).then(|| g.clone());
        if let Some(s) = score(&g).or(whole) {
            ed.score = Some(s);
        }
    }
}
