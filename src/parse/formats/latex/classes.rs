//! The entry macros of the common résumé classes, mapped to the lines they typeset:
//! moderncv (`\cventry`, `\cvitem`, `\cvdoubleitem`, `\cvlistitem`,
//! `\cvitemwithcomment`), awesome-cv (`\cventry`, `\cvhonor`, `\cvskill`), Jake's
//! résumé (`\resumeSubheading`, `\resumeItem`, …, used when the document does not
//! define them itself), europasscv (`\ecvtitle`, `\ecvitem`, `\ecvlanguage`, …),
//! altacv (`\cvevent`, `\cvachievement`, `\cvtag`), friggeri-cv (`\entry`,
//! `\header`), moderntimeline (`\tlcventry`, `\tldatecventry`), resume.cls's
//! `rSubsection` environment, deedy-resume (`\namesection`, `\runsubsection`,
//! `\descript`, `\location`), and the title commands that print the personal data.
//!
//! An entry prints as `**Title**, Organisation, Place` with its dates a gap to the
//! right, its description on the lines below. Which argument is which comes from
//! each class's documentation.

use std::ops::Range;

use super::args::{arg, skip_opts, skip_space};
use super::class_text::{bold, capitalised, groups, join, Piece};
use super::header::Field;
use super::tokens::{Seq, Tok};
use super::walk::{List, Walker};
use crate::parse::formats::fields::EntryFields;

impl Walker {
    /// `n` arguments after any optional ones, each read on its own.
    fn pieces(&mut self, seq: &Seq, i: usize, to: usize, n: usize) -> (Vec<Piece>, usize) {
        let mut ranges: Vec<Range<usize>> = Vec::new();
        let mut next = skip_opts(seq, i, to);
        for _ in 0..n {
            let (r, k) = arg(seq, next, to);
            ranges.push(r);
            next = skip_opts(seq, k, to);
        }
        let pieces = ranges
            .into_iter()
            .map(|r| Piece {
                lines: self.capture(seq, r),
            })
            .collect();
        (pieces, next)
    }

    /// An entry: title, organisation and place on one line with the dates a gap to
    /// the right, then the description's lines.
    fn entry(&mut self, title: &Piece, org: &Piece, place: &Piece, dates: &Piece, line: usize) {
        let at_place = join(&[&org.text(), &place.text()], ", ");
        let head = join(&[&bold(&title.text()), &at_place], " — ");
        let at = [title.line(), org.line(), dates.line(), line]
            .into_iter()
            .find(|&l| l > 0)
            .unwrap_or(line);
        self.emit(&Walker::gapjoin(&[&head, &dates.text()]), at);
        // Only the document's own lines: an argument read on its own is no entry.
        if self.out.blanks && !self.out.lines.is_empty() {
            let has_org = !org.text().trim().is_empty();
            self.entry_heads.push((self.out.lines.len() - 1, has_org));
            let fields = EntryFields {
                title: title.text(),
                org: org.text(),
                place: place.text(),
                dates: dates.text(),
                ..EntryFields::default()
            };
            self.hints.push((self.out.lines.len() - 1, fields));
        }
    }

    /// The last entry's place and grade, when the class typesets them as one piece
    /// (moderncv's place and grade), as its arguments name them apart; `from` is the
    /// count of hints before the entry.
    fn place_and_grade(&mut self, from: usize, place: &Piece, grade: &Piece) {
        if let Some((_, f)) = self.hints.get_mut(from) {
            f.place = place.text();
            f.grade = grade.text();
        }
    }

    fn lines(&mut self, p: Piece) {
        for (l, from) in p.lines {
            self.emit(&l, from);
        }
    }

    /// A labelled line: `label: text` (or the text alone); a label that is a date
    /// stands a gap to the right, as a date column reads.
    fn labelled(&mut self, label: &Piece, text: Piece, line: usize) {
        let l = label.text();
        let at = [label.line(), text.line(), line]
            .into_iter()
            .find(|&l| l > 0)
            .unwrap_or(line);
        if l.is_empty() {
            return self.lines(text);
        }
        // A broken line in the text column is one text; list items stay lines.
        let (items, texts): (Vec<_>, Vec<_>) = text
            .lines
            .into_iter()
            .partition(|l| l.0.trim_start().starts_with("- "));
        let first = texts
            .iter()
            .map(|x| x.0.trim())
            .collect::<Vec<_>>()
            .join(" ");
        let rest = items.into_iter();
        let s = if l.chars().any(|c| c.is_ascii_digit()) {
            Walker::gapjoin(&[&first, &l])
        } else {
            format!("{}: {}", l.trim_end_matches(':'), first.trim())
        };
        self.emit(&s, at);
        for (x, from) in rest {
            self.emit(&x, from);
        }
    }

    /// resume.cls's `rSubsection` environment, from its arguments: the employer in
    /// bold with the dates at the right, the title and place under it.
    pub fn class_env(&mut self, seq: &Seq, args: Vec<Range<usize>>, line: usize) {
        let mut p: Vec<Piece> = args
            .into_iter()
            .map(|r| Piece {
                lines: self.capture(seq, r),
            })
            .collect();
        p.resize_with(4, || Piece { lines: Vec::new() });
        self.entry(&p[2], &p[0], &p[3], &p[1], line);
    }

    /// A class's macro at `i`, if `name` is one: the index after its arguments.
    pub fn class_macro(
        &mut self,
        name: &str,
        seq: &Seq,
        i: usize,
        to: usize,
        line: usize,
    ) -> Option<usize> {
        let next = match name {
            "makecvtitle" | "makecvheader" | "makeheader" | "ecvpersonalinfo" | "makeprofile" => {
                self.mark_header();
                skip_opts(seq, i, to)
            }
            "cventry" | "cvsubentry" => {
                let moderncv = self.class_is("moderncv")
                    || !self.class_is("awesome") && groups(seq, i, to) >= 6;
                if moderncv {
                    // moderncv typesets title, employer, place, then the grade or note.
                    let (p, next) = self.pieces(seq, i, to, 6);
                    let place = Piece {
                        lines: vec![(join(&[&p[3].text(), &p[4].text()], ", "), p[3].line())],
                    };
                    let from = self.hints.len();
                    self.entry(&p[1], &p[2], &place, &p[0], line);
                    self.place_and_grade(from, &p[3], &p[4]);
                    let [_, _, _, _, _, desc] = <[Piece; 6]>::try_from(p).ok()?;
                    self.lines(desc);
                    next
                } else {
                    // awesome-cv: title, organisation, location, dates, items.
                    let (p, next) = self.pieces(seq, i, to, 5);
                    self.entry(&p[0], &p[1], &p[2], &p[3], line);
                    let [_, _, _, _, items] = <[Piece; 5]>::try_from(p).ok()?;
                    self.lines(items);
                    next
                }
            }
            "tlcventry" | "tldatecventry" => {
                // moderntimeline: a start and an end year (0: still going on) or one
                // date, then \cventry's title, employer, place, grade, description.
                let dated = usize::from(name == "tlcventry");
                let (mut p, next) = self.pieces(seq, i, to, 6 + dated);
                let mut dates = p.remove(0);
                if dated == 1 {
                    let end = p.remove(0).text();
                    let end = if end.trim() == "0" { "" } else { end.trim() };
                    dates.lines = vec![(format!("{} – {end}", dates.text()), dates.line())];
                }
                let org = Piece {
                    lines: vec![(join(&[&p[1].text(), &p[3].text()], ", "), p[1].line())],
                };
                let from = self.hints.len();
                self.entry(&p[0], &org, &p[2], &dates, line);
                if let Some((_, f)) = self.hints.get_mut(from) {
                    f.org = p[1].text();
                    f.grade = p[3].text();
                }
                self.lines(p.pop()?);
                next
            }
            "namesection" => {
                // deedy-resume: first name, last name, then the contact line.
                let (p, next) = self.pieces(seq, i, to, 3);
                let name = join(&[&p[0].text(), &p[1].text()], " ");
                self.header.set(Field::Name, name, p[0].line());
                self.header
                    .set(Field::Contact(""), p[2].text(), p[2].line());
                self.mark_header();
                next
            }
            // deedy-resume: the employer in bold runs in before \descript's title,
            // which ends the line; \location's dates and place make the next one.
            "runsubsection" => {
                let (p, next) = self.pieces(seq, i, to, 1);
                self.out.start("");
                self.text(&bold(&p[0].text()), p[0].line());
                self.out.space();
                next
            }
            "descript" => {
                let (p, next) = self.pieces(seq, i, to, 1);
                self.out.space();
                self.text(p[0].text().trim(), p[0].line());
                self.newline();
                next
            }
            "location" if self.class_is("deedy") => {
                let (p, next) = self.pieces(seq, i, to, 1);
                self.emit(&p[0].text(), p[0].line());
                next
            }
            "cvitem" | "cvline" | "ecvitem" | "ecvbigitem" | "ecvblueitem" => {
                let (p, next) = self.pieces(seq, i, to, 2);
                let [label, text] = <[Piece; 2]>::try_from(p).ok()?;
                self.labelled(&label, text, line);
                next
            }
            "cvdoubleitem" => {
                let (p, next) = self.pieces(seq, i, to, 4);
                let [l1, t1, l2, t2] = <[Piece; 4]>::try_from(p).ok()?;
                self.labelled(&l1, t1, line);
                self.labelled(&l2, t2, line);
                next
            }
            "cvitemwithcomment" => {
                let (p, next) = self.pieces(seq, i, to, 3);
                let text = join(&[&p[1].text(), &p[2].text()], ", ");
                let t = Piece {
                    lines: vec![(text, p[1].line())],
                };
                self.labelled(&p[0], t, line);
                next
            }
            "cvlistitem" | "cvlistdoubleitem" | "resumeItem" | "resumeSubItem" | "cvitemize" => {
                let n = if name == "cvlistdoubleitem" { 2 } else { 1 };
                let (p, next) = self.pieces(seq, i, to, n);
                for piece in p {
                    let prefix = self.bullet();
                    self.out.start(&prefix);
                    let (t, from) = (piece.text(), piece.line());
                    self.text(&t, from);
                    self.newline();
                }
                next
            }
            "cvhonor" => {
                // award, event, location, date
                let (p, next) = self.pieces(seq, i, to, 4);
                self.entry(&p[0], &p[1], &p[2], &p[3], line);
                next
            }
            "cvskill" => {
                let (p, next) = self.pieces(seq, i, to, 2);
                let level = p[1].text();
                let s = if level.chars().all(|c| c.is_ascii_digit() || c == '.') {
                    p[0].text()
                } else {
                    format!("{}: {}", p[0].text().trim_end_matches(':'), level)
                };
                self.emit(&s, p[0].line());
                next
            }
            "cvlang" => {
                let (p, next) = self.pieces(seq, i, to, 2);
                self.emit(&join(&[&p[0].text(), &p[1].text()], ": "), p[0].line());
                next
            }
            "resumeSubheading" => {
                // Jake's résumé: organisation, location, title, dates.
                let (p, next) = self.pieces(seq, i, to, 4);
                self.entry(&p[2], &p[0], &p[1], &p[3], line);
                next
            }
            "resumeSubSubheading" | "resumeProjectHeading" | "ecvtitle" | "ecvtitlelevel" => {
                // Jake's: title, dates; europasscv: dates, title (then a level).
                let (p, next) =
                    self.pieces(seq, i, to, if name == "ecvtitlelevel" { 3 } else { 2 });
                let none = Piece { lines: Vec::new() };
                let (t, d) = if name.starts_with("ecv") {
                    (&p[1], &p[0])
                } else {
                    (&p[0], &p[1])
                };
                let extra = p.get(2).unwrap_or(&none);
                let from = self.hints.len();
                self.entry(t, extra, &none, d, line);
                // No organisation argument: the lines after it may name one.
                self.hints.truncate(from);
                next
            }
            "resumeSubHeadingListStart" | "resumeItemListStart" => {
                self.newline();
                self.lists.push(List {
                    bullets: name == "resumeItemListStart",
                    description: false,
                });
                i
            }
            "resumeSubHeadingListEnd" | "resumeItemListEnd" => {
                self.newline();
                self.lists.pop();
                i
            }
            "ecvmothertongue" => {
                let (p, next) = self.pieces(seq, i, to, 1);
                self.emit(&format!("Mother tongue: {}", p[0].text()), p[0].line());
                next
            }
            "ecvlanguage" | "ecvlastlanguage" => {
                let (p, next) = self.pieces(seq, i, to, 6);
                let levels: Vec<String> = p[1..].iter().map(Piece::text).collect();
                let levels: Vec<&str> = levels.iter().map(String::as_str).collect();
                self.emit(
                    &format!("{}: {}", p[0].text(), join(&levels, " / ")),
                    p[0].line(),
                );
                next
            }
            "ecvlanguagecertificate" => {
                let (p, next) = self.pieces(seq, i, to, 1);
                self.lines(p.into_iter().next()?);
                next
            }
            "ecvlanguageheader" | "ecvlanguagefooter" => skip_opts(seq, i, to),
            "cvevent" => {
                // altacv: title, organisation, dates, location.
                let (p, next) = self.pieces(seq, i, to, 4);
                self.entry(&p[0], &p[1], &p[3], &p[2], line);
                next
            }
            "cvachievement" => {
                let (p, next) = self.pieces(seq, i, to, 3);
                let s = join(&[&bold(&p[1].text()), &p[2].text()], ": ");
                self.emit(&s, p[1].line());
                next
            }
            "cvtag" => {
                let after_tag = self.tag;
                let (p, next) = self.pieces(seq, i, to, 1);
                let (t, from) = (p[0].text(), p[0].line());
                if after_tag && !self.out.empty() {
                    self.text(",", from);
                    self.out.space();
                }
                self.text(&t, from);
                self.tag = true;
                // The space before the next tag is the comma's.
                let j = skip_space(seq, next, to);
                let more =
                    matches!(seq.toks.get(j).map(|t| &t.tok), Some(Tok::Word(w)) if w == "cvtag");
                return Some(if more { j } else { next });
            }
            "entry" if groups(seq, i, to) >= 4 => {
                // friggeri-cv: dates, title, organisation, description.
                let (p, next) = self.pieces(seq, i, to, 4);
                let none = Piece { lines: Vec::new() };
                let from = self.hints.len();
                self.entry(&p[1], &p[2], &none, &p[0], line);
                // Authors fill the second and third arguments with a title and a place
                // or an employer, or with an employer and a place: the macro bounds the
                // entry, its head line says which is which.
                if let Some((_, f)) = self.hints.get_mut(from) {
                    f.bounds_only = true;
                }
                let [_, _, _, desc] = <[Piece; 4]>::try_from(p).ok()?;
                self.lines(desc);
                next
            }
            "header" if self.class_is("friggeri") || groups(seq, i, to) == 3 => {
                let (p, next) = self.pieces(seq, i, to, 3);
                let name = capitalised(&join(&[&p[0].text(), &p[1].text()], " "));
                self.header.set(Field::Name, name, p[0].line());
                self.header.set(Field::Title, p[2].text(), p[2].line());
                self.mark_header();
                next
            }
            _ => return None,
        };
        Some(next)
    }
}
