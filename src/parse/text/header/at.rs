//! "Title at Organisation": a header segment whose title and employer are joined by
//! the word for "at" — English "at"/"@", or its counterpart in the other languages the
//! reader knows ("Buchhalterin bei Acme AG", "Analyste chez Acme").
//!
//! Takes one segment; gives its pieces (title, team, employer, place). English
//! segments need a title word on the left, since "at" also joins other phrases; in
//! the other languages the title words aren't listed, so the employer must be a name
//! (capitalised) and the left side short.

use super::pieces::{has_org_word, paren_place, piece, place_tail, techs_then_title};
use super::{Kind, Piece};
use crate::parse::text::lexicon;
use crate::parse::text::lines::word_count;
use crate::parse::text::titles::{ends_with_title, strip_employment_type};

/// Most words a title takes before a foreign "at": longer, it is a sentence.
const MAX_TITLE_WORDS: usize = 8;
/// Most words of a team set between the title and an English "at".
const MAX_TEAM_WORDS: usize = 3;
/// Most words of a role outside the title words before "at" and an organisation:
/// longer capitalised runs are names of things, not roles.
const MAX_ROLE_WORDS: usize = 4;

/// The pieces of `seg` when it is "Title at Organisation".
pub(super) fn title_at(seg: &str) -> Option<Vec<Piece>> {
    if let Some((left, right)) = seg.split_once(" at ").or_else(|| seg.split_once(" @ ")) {
        let l = strip_employment_type(left.trim());
        // "Product Manager, Marketplace at Acme": the team between title and employer.
        let (l, team) = match l.rsplit_once(", ") {
            Some((t, team))
                if !ends_with_title(l)
                    && ends_with_title(t)
                    && word_count(team) <= MAX_TEAM_WORDS =>
            {
                (t, Some(team))
            }
            _ => (l, None),
        };
        // "Transcript Checker at Kelda University": a role outside the title words is
        // still one when a short title-case phrase stands before an organisation.
        let named_role = || {
            team.is_none()
                && word_count(l) <= MAX_ROLE_WORDS
                && l.split_whitespace()
                    .all(|w| w.starts_with(char::is_uppercase))
                && has_org_word(right.trim())
        };
        if ends_with_title(l) {
            return Some(pieces(l, team, right));
        }
        if named_role() {
            let mut out = pieces("", None, right);
            out.insert(0, piece(Kind::Title, l));
            return Some(out);
        }
    }
    lexicon::AT_WORDS.iter().find_map(|w| {
        let (l, r) = seg.split_once(w)?;
        let named = r.trim_start().starts_with(char::is_uppercase);
        (named && !l.trim().is_empty() && word_count(l) <= MAX_TITLE_WORDS)
            .then(|| pieces(strip_employment_type(l.trim()), None, r))
    })
}

fn pieces(title: &str, team: Option<&str>, right: &str) -> Vec<Piece> {
    let mut out = Vec::new();
    techs_then_title(title, &mut out);
    if let Some(team) = team {
        out.push(piece(Kind::Desc, team));
    }
    let (right, place) = paren_place(right.trim());
    let (right, tail) = match place {
        Some(_) => (right, None),
        None => place_tail(right),
    };
    out.push(piece(Kind::AtRight, right));
    if let Some(p) = place.or(tail) {
        out.push(piece(Kind::Location, p));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(seg: &str) -> Vec<(String, String)> {
        title_at(seg)
            .unwrap_or_default()
            .into_iter()
            .map(|p| (format!("{:?}", p.kind), p.text))
            .collect()
    }

    #[test]
    fn title_and_employer_in_several_languages() {
        for seg in [
            "Buchhalterin bei Kelda Treuhand AG, Luzern",
            "Analyste financière chez Kelda Conseil, Lyon",
            "Sviluppatore presso Kelda Software, Torino",
        ] {
            let k = kinds(seg);
            let title = seg.split_whitespace().next().unwrap();
            assert!(k[0].1.starts_with(title), "{seg}: {k:?}");
            assert_eq!(k[1].0, "AtRight", "{seg}: {k:?}");
            assert!(k[1].1.starts_with("Kelda"), "{seg}: {k:?}");
        }
    }

    #[test]
    fn at_words_in_prose_are_no_employer() {
        assert!(title_at("Mitarbeit bei diversen Projekten").is_none());
        assert!(title_at("Arrived at noon").is_none());
    }

    #[test]
    fn a_role_outside_the_title_words_before_an_organisation() {
        assert_eq!(
            kinds("Transcript Checker at Kelda University"),
            [
                ("Title".to_string(), "Transcript Checker".to_string()),
                ("AtRight".to_string(), "Kelda University".to_string())
            ]
        );
        // Not a role: a sentence, or no organisation after "at".
        assert!(title_at("Presented my work at Kelda University").is_none());
        assert!(title_at("Summer Walks at Low Tide").is_none());
    }
}
