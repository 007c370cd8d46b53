//! Notes in brackets on how or how long a job was held ("(Teilzeit 40%)", "(3 Wochen)",
//! "(part-time)"), taken out of a header line.
//!
//! Takes a header line's text with its dates removed; gives the text without the notes
//! and the notes. Which words make a note is the lexicon's.

/// "Acme AG, Ebikon (Teilzeit 40%)": brackets holding how or how long the job was held
/// are taken out of the line, which keeps the employer's name and place clean.
pub(super) fn employment_notes(rest: &str) -> (String, Vec<String>) {
    let mut out = rest.to_string();
    let mut notes = Vec::new();
    while let Some((open, close)) = out
        .match_indices('(')
        .filter_map(|(o, _)| out[o..].find(')').map(|c| (o, o + c)))
        .find(|&(o, c)| crate::parse::text::lexicon::is_employment_note(&out[o + 1..c]))
    {
        notes.push(out[open + 1..close].trim().to_string());
        out.replace_range(open..=close, " ");
    }
    (out, notes)
}
