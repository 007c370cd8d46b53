//! Lines of a form whose left column labels the value beside it ("Datas   2020 -
//! 2023", "Função ou cargo ocupado   Operadora de caixa"), as the old Europass CV
//! sets them: the value is kept as if written alone, a list item where the label
//! names activities, and the label dropped; a label wrapped onto the next line alone
//! is dropped with it.
//!
//! Takes a line's text after its marks; gives what the line becomes. Which labels
//! there are is the lexicon's.

use crate::parse::text::lexicon::form_labels::{FormRole, COLON_FIELD_LABELS, FORM_LABELS};

/// What a labelled line becomes.
pub(super) enum Relabel {
    /// Not a labelled line: as it was.
    Keep,
    /// A label alone (the tail of a wrapped one, or a dropped field).
    Drop,
    /// The value, and whether it is a list item.
    Text(String, bool),
    /// An employer's name (and address): a field of the entry.
    Employer(String),
}

/// Least spaces between a label and its value in a layout copy.
const MIN_GAP: usize = 2;

/// Reads labelled lines one after another, remembering a label cut by a wrap.
#[derive(Default)]
pub(super) struct FormLabels {
    tail: Option<String>,
}

fn key(label: &str) -> String {
    let words: Vec<&str> = label.split_whitespace().collect();
    let key = words.join(" ").to_lowercase();
    // Most labels hold no slash: nothing to close up around one.
    if !key.contains('/') {
        return key;
    }
    key.replace(" / ", "/")
        .replace(" /", "/")
        .replace("/ ", "/")
}

impl FormLabels {
    pub(super) fn relabel(&mut self, text: &str) -> Relabel {
        let t = text.trim();
        if let Some(tail) = self.tail.take() {
            if key(t) == tail {
                return Relabel::Drop;
            }
        }
        // "Cargo: Operadora de caixa": a field's short label before a colon.
        if let Some((label, value)) = t.split_once(':') {
            let value = value.trim();
            if !value.is_empty() && COLON_FIELD_LABELS.contains(&key(label).as_str()) {
                return Relabel::Text(value.to_string(), false);
            }
        }
        let gap = &"        "[..MIN_GAP];
        let Some((label, value)) = t.split_once('\t').or_else(|| t.split_once(gap)) else {
            return Relabel::Keep;
        };
        let (label, value) = (key(label), value.trim());
        if value.is_empty() {
            return Relabel::Keep;
        }
        if let Some(&(_, role)) = FORM_LABELS.iter().find(|(l, _)| *l == label) {
            return match role {
                FormRole::Value => Relabel::Text(value.to_string(), false),
                FormRole::Item => Relabel::Text(value.to_string(), true),
                FormRole::Drop => Relabel::Drop,
                FormRole::Employer => Relabel::Employer(value.to_string()),
                FormRole::Name => Relabel::Text(first_name_first(value), false),
            };
        }
        // "Principais actividades e" over "responsabilidades": the label wrapped.
        let cut = FORM_LABELS.iter().find(|(l, role)| {
            *role == FormRole::Item
                && l.len() > label.len() + 1
                && l.strip_prefix(label.as_str())
                    .is_some_and(|r| r.starts_with(' '))
        });
        if let Some(&(l, _)) = cut {
            self.tail = Some(l[label.len() + 1..].to_string());
            return Relabel::Text(value.to_string(), true);
        }
        Relabel::Keep
    }
}

/// "Ferreira Lopes, Inês" → "Inês Ferreira Lopes".
fn first_name_first(value: &str) -> String {
    match value.split_once(',') {
        Some((surname, first)) if !first.trim().is_empty() => {
            format!("{} {}", first.trim(), surname.trim())
        }
        _ => value.to_string(),
    }
}

/// Every line of a document relabelled. The template sets the employer after the
/// activities; read in that order it would end the entry's points, so within a block
/// the employer's line is read before the first point above it.
pub(super) fn relabel_all(source: &[String]) -> Vec<Relabel> {
    let mut labels = FormLabels::default();
    let mut out: Vec<Relabel> = source.iter().map(|l| labels.relabel(l)).collect();
    let mut first_item = None;
    for i in 0..out.len() {
        if source[i].trim().is_empty() {
            first_item = None;
            continue;
        }
        match out[i] {
            Relabel::Text(_, true) => {
                first_item.get_or_insert(i);
            }
            Relabel::Employer(_) => {
                if let Some(f) = first_item.take() {
                    out[f..=i].rotate_right(1);
                }
            }
            _ => {}
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_give_their_values_and_the_employer_moves_up() {
        let src: Vec<String> = [
            "        Dates   March 2019 - May 2020",
            "  Main activities and   Stock counts and deliveries",
            "      responsibilities",
            "  Name and address of employer   Kelda Foods S.A., Faro",
            "  Surname(s) / First name(s)   Tide, Ana",
        ]
        .iter()
        .map(|s| s.to_string())
        .collect();
        let out = relabel_all(&src);
        assert!(matches!(&out[0], Relabel::Text(t, false) if t == "March 2019 - May 2020"));
        assert!(matches!(&out[1], Relabel::Employer(t) if t == "Kelda Foods S.A., Faro"));
        assert!(matches!(&out[2], Relabel::Text(t, true) if t.starts_with("Stock")));
        assert!(matches!(out[3], Relabel::Drop));
        assert!(matches!(&out[4], Relabel::Text(t, false) if t == "Ana Tide"));
        assert!(matches!(
            FormLabels::default().relabel("Cargo: Operadora de caixa"),
            Relabel::Text(t, false) if t == "Operadora de caixa"
        ));
        assert!(matches!(
            FormLabels::default().relabel("Tools: Figma, Excel"),
            Relabel::Keep
        ));
        assert!(matches!(
            FormLabels::default().relabel("Python   Django"),
            Relabel::Keep
        ));
    }
}
