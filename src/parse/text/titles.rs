//! Job titles: whether a phrase ends in a title word, where a title phrase starts at
//! the end of a piece ("Umbra Labs Inc Data Engineer Intern"), and employment types
//! that trail a title ("Full Time") and are not part of it.

use super::vocab;

/// The title phrase at the end of a piece ("Umbra Labs Inc Data Engineer Intern" →
/// offset of "Software Engineer Intern"), read word by word from the right.
pub fn trailing_title(s: &str) -> Option<usize> {
    let words: Vec<(usize, &str)> = s
        .split_whitespace()
        .map(|w| (w.as_ptr() as usize - s.as_ptr() as usize, w))
        .collect();
    let last = words.last()?.1;
    if !vocab::is_title_head(last) && !is_level(last) {
        return None;
    }
    let mut k = words.len();
    while k > 0 {
        let w = words[k - 1].1;
        if !(vocab::is_title_word(w) || is_level(w)) {
            break;
        }
        k -= 1;
    }
    // Don't start on a connecting word.
    while k < words.len() && vocab::is_stopword(words[k].1) {
        k += 1;
    }
    if k == words.len() {
        return None;
    }
    if !words[k..].iter().any(|(_, w)| vocab::is_title_head(w)) {
        return None;
    }
    Some(words[k].0)
}

fn is_level(w: &str) -> bool {
    matches!(w, "I" | "II" | "III" | "IV" | "V" | "1" | "2" | "3" | "4")
}

/// Ends in a job-title word ("Senior Staff Nurse", "R & D Engineer Intern"), is a
/// title of something ("Head of Science", "Member of Technical Staff"), or opens with
/// a title head in a language that puts it first ("Engenheiro de Projetos").
pub fn ends_with_title(s: &str) -> bool {
    let mut words = s.split_whitespace().rev();
    match words.next() {
        Some(w) if vocab::is_title_head(w) => true,
        Some(w) if is_level(w) => words.next().is_some_and(vocab::is_title_head),
        Some(w)
            if super::lexicon::titles::is_trailing_grade(w)
                && words.next().is_some_and(vocab::is_title_head) =>
        {
            true
        }
        // Romance and Slavic titles open with their head ("Engenheiro de Projetos").
        _ => title_of(s) || super::lexicon::titles::opens_title(s),
    }
}

/// "Head of Science", "Director of Engineering", "VP for Research", "Lecturer in
/// History": a title word, "of", "for" or "in", and a few capitalised words (the field
/// an academic post is in). Not degrees ("Master of Science").
fn title_of(s: &str) -> bool {
    // Most phrases have none of the words: a byte scan before any string search.
    let b = s.as_bytes();
    if !b
        .windows(4)
        .any(|w| w == b" of " || w == b" for" || w == b" in ")
    {
        return false;
    }
    let Some((left, right)) = s
        .split_once(" of ")
        .or_else(|| s.split_once(" for "))
        .or_else(|| s.split_once(" in "))
    else {
        return false;
    };
    let Some(head) = left.split_whitespace().last() else {
        return false;
    };
    let degree_word = ["master", "masters", "bachelor", "doctor", "associate"]
        .iter()
        .any(|d| head.eq_ignore_ascii_case(d));
    let words: Vec<&str> = right.split_whitespace().collect();
    vocab::is_title_head(head)
        && !degree_word
        && left
            .split_whitespace()
            .all(|w| vocab::is_title_word(w) || is_level(w))
        // "Hindi and Urdu Literature": the field's joining words don't count.
        && (1..=4).contains(&words.iter().filter(|w| !vocab::is_stopword(w)).count())
        && words
            .iter()
            .all(|w| w.starts_with(char::is_uppercase) || vocab::is_stopword(w))
}

/// Fewest words inside brackets after a title that make a note rather than part of
/// the title: one word is an acronym or a speciality ("Subject-Matter Expert (SME)").
const MIN_NOTE_WORDS: usize = 2;

/// Where a note after a title starts: a bracketed phrase of its own words ("Team Lead
/// (Founding Sales Team)") or a quoted name of the project or course it was for
/// ("Research Grant “Digital Letters of …”"). The title is what comes before.
pub fn title_note(s: &str) -> Option<usize> {
    let paren = s.find(" (").filter(|&at| {
        let inner = s[at + 2..].split(')').next().unwrap_or("");
        // A numbered part ("Research Module (Part 23)") names the post itself.
        word_count_plain(inner) >= MIN_NOTE_WORDS && !inner.contains(|c: char| c.is_ascii_digit())
    });
    let quote = s
        .find(['“', '„', '«', '"'])
        .filter(|&at| word_count_plain(&s[..at]) >= MIN_NOTE_WORDS);
    let at = match (paren, quote) {
        (Some(a), Some(b)) => a.min(b),
        (a, b) => a.or(b)?,
    };
    (word_count_plain(&s[..at]) >= 1).then_some(at)
}

fn word_count_plain(s: &str) -> usize {
    s.split_whitespace().count()
}

/// Strips employment types that trail a title ("Line Cook Full Time").
pub fn strip_employment_type(s: &str) -> &str {
    let last = s
        .split_whitespace()
        .last()
        .unwrap_or("")
        .trim_matches(|c| c == '(' || c == ')');
    let ends_like_type = [
        "time",
        "full-time",
        "part-time",
        "fulltime",
        "parttime",
        "contract",
        "contractor",
        "freelance",
        "temporary",
        "permanent",
        "seasonal",
        "employed",
        "self-employed",
        "internship",
        "apprenticeship",
        "intern",
        "holiday",
        "casual",
        "term",
        "fixed-term",
    ]
    .iter()
    .any(|w| last.eq_ignore_ascii_case(w));
    if !ends_like_type {
        return s;
    }
    let words: Vec<&str> = s.split_whitespace().collect();
    for n in (1..=4).rev() {
        if words.len() > n {
            let tail = words[words.len() - n..].join(" ");
            let tail = tail.trim_matches(|c| c == '(' || c == ')');
            if vocab::is_employment_type(tail) {
                let cut = s.rfind(words[words.len() - n]).unwrap_or(s.len());
                return s[..cut].trim_end_matches(|c: char| {
                    c.is_whitespace() || c == '(' || c == ',' || c == '-' || c == '–'
                });
            }
        }
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn titles() {
        let s = "Umbra Labs Inc Data Engineer Intern";
        assert_eq!(&s[trailing_title(s).unwrap()..], "Data Engineer Intern");
        let s = "Stream Processing Intern";
        assert_eq!(&s[trailing_title(s).unwrap()..], "Intern");
        let s = "Machine Learning Engineer";
        assert_eq!(trailing_title(s), Some(0));
        assert!(ends_with_title("Software Engineer II"));
        assert!(!ends_with_title("Billing platform"));
        assert!(ends_with_title("Head of Science"));
        assert!(ends_with_title("Member of Technical Staff"));
        assert!(ends_with_title("Senior Director of Engineering"));
        assert!(!ends_with_title("Master of Science"));
        assert!(!ends_with_title("Bank of the West"));
        assert!(!ends_with_title("Head of the kitchen team and more"));
        assert_eq!(strip_employment_type("Line Cook Full Time"), "Line Cook");
        assert_eq!(
            strip_employment_type("Field Technician Full Time & Intern"),
            "Field Technician"
        );
        assert_eq!(
            strip_employment_type("Staff Nurse (Part-time)"),
            "Staff Nurse"
        );
        assert_eq!(
            strip_employment_type("Room Attendant (Working Holiday)"),
            "Room Attendant"
        );
        assert_eq!(strip_employment_type("Summer Term"), "Summer Term");
    }

    #[test]
    fn notes_after_titles() {
        let head = |s: &'static str| title_note(s).map(|at| s[..at].trim_end());
        assert_eq!(head("Team Lead (Founding Sales Team)"), Some("Team Lead"));
        assert_eq!(
            head("Tutor senior (supporto alla didattica) per Storia moderna"),
            Some("Tutor senior")
        );
        assert_eq!(
            head("Assegno di ricerca “Lettere digitali” (Resp. prof. Neri)"),
            Some("Assegno di ricerca")
        );
        // An acronym in brackets is part of the title.
        assert_eq!(head("Subject-Matter Expert (SME)"), None);
        assert_eq!(head("Research Ethics Board (REB) Officer"), None);
        assert_eq!(head("Analyst"), None);
        assert_eq!(head("Research Placement (Module 23)"), None);
    }
}
