//! One CSV file of the export, as rows whose fields are looked up by column name.
//!
//! Takes a file's decoded text and the columns the reader maps; gives its rows. The
//! header is the first row naming one of those columns: exports put notes before
//! the header in some files, and those lines are skipped. Quoted fields may span
//! lines (descriptions do); rows may be shorter or longer than the header. A mapped
//! column missing from the header is a [`Problem`] naming the file, the header's
//! line and the column.
//!
//! It does not know what any column means: that is `map`'s job.

use csv::{ReaderBuilder, StringRecord, Trim};

use super::Problem;

/// A column the reader maps: its name as the export writes it, and other names the
/// same column has had (`Number` and `Phone Number` in the phone numbers' file).
pub struct Column {
    pub name: &'static str,
    pub aliases: &'static [&'static str],
}

/// Shorthand for a column known by one name.
pub const fn col(name: &'static str) -> Column {
    Column { name, aliases: &[] }
}

/// The rows of one file, fields found by column name.
pub struct Table {
    /// For each wanted column (in the order asked), its index in a row.
    index: Vec<(&'static str, usize)>,
    rows: Vec<StringRecord>,
}

/// One row's fields.
pub struct Row<'a> {
    table: &'a Table,
    record: &'a StringRecord,
}

impl Row<'_> {
    /// The field of column `name` (one of the wanted columns), trimmed; empty when
    /// the row stops short of it.
    pub fn get(&self, name: &str) -> &str {
        (self.table.index.iter())
            .find(|(n, _)| *n == name)
            .and_then(|&(_, i)| self.record.get(i))
            .unwrap_or("")
    }

    /// [`Row::get`] as `None` when empty.
    pub fn opt(&self, name: &str) -> Option<String> {
        Some(self.get(name))
            .filter(|s| !s.is_empty())
            .map(str::to_string)
    }
}

impl Table {
    /// Reads `text`, the file `file` of the export, whose header must name `columns`.
    pub fn read(file: &'static str, text: &str, columns: &[Column]) -> Result<Table, Problem> {
        // Line breaks inside quoted fields are the export's CRLF: one newline each.
        let text = text.replace("\r\n", "\n");
        let mut reader = ReaderBuilder::new()
            .has_headers(false)
            .flexible(true)
            .trim(Trim::All)
            .from_reader(text.as_bytes());
        let named = |field: &str| {
            columns.iter().any(|c| {
                std::iter::once(&c.name)
                    .chain(c.aliases)
                    .any(|n| n.eq_ignore_ascii_case(field))
            })
        };
        let mut header: Option<(usize, StringRecord)> = None;
        let mut rows = Vec::new();
        for record in reader.records() {
            let record = record.map_err(|e| {
                let line = e.position().map_or(1, |p| p.line() as usize);
                Problem::at(file, line, format!("not readable as CSV ({e})"), REWRITE)
            })?;
            let line = record.position().map_or(1, |p| p.line() as usize);
            if header.is_some() {
                if record.iter().any(|f| !f.is_empty()) {
                    rows.push(record);
                }
            } else if record.iter().any(named) {
                header = Some((line, record));
            }
        }
        let Some((header_line, header)) = header else {
            if rows.is_empty() && text.trim().is_empty() {
                return Ok(Table {
                    index: Vec::new(),
                    rows,
                });
            }
            return Err(Problem::at(
                file,
                1,
                format!(
                    "no header row naming the columns {}",
                    names(columns.iter().map(|c| c.name))
                ),
                REWRITE,
            ));
        };
        let mut index = Vec::new();
        for c in columns {
            let found = header.iter().position(|h| {
                std::iter::once(&c.name)
                    .chain(c.aliases)
                    .any(|n| n.eq_ignore_ascii_case(h))
            });
            let Some(i) = found else {
                return Err(Problem::at(
                    file,
                    header_line,
                    format!(
                        "no column `{}` in the header (its columns: {})",
                        c.name,
                        names(header.iter())
                    ),
                    REWRITE,
                ));
            };
            index.push((c.name, i));
        }
        Ok(Table { index, rows })
    }

    /// The rows under the header that have any field, in file order.
    pub fn rows(&self) -> impl Iterator<Item = Row<'_>> {
        self.rows.iter().map(move |record| Row {
            table: self,
            record,
        })
    }
}

const REWRITE: &str = "the file is not in the layout of LinkedIn's export: download the \
                       archive again, or remove the file to leave its section out";

fn names<'a>(names: impl Iterator<Item = &'a str>) -> String {
    names
        .map(|n| format!("`{n}`"))
        .collect::<Vec<_>>()
        .join(", ")
}

#[cfg(test)]
mod tests {
    use super::*;

    const COLS: &[Column] = &[col("Company Name"), col("Title")];

    #[test]
    fn notes_before_the_header_are_skipped_and_quoted_fields_span_lines() {
        let text = "Notes:\r\n\"Some words, with a comma\"\r\n\r\nCompany Name,Title\r\n\
                    Acme,\"Lead\r\nengineer\"\r\nGlobex,Clerk\r\n";
        let t = Table::read("Positions.csv", text, COLS).unwrap();
        let rows: Vec<String> = t
            .rows()
            .map(|r| format!("{}|{}", r.get("Company Name"), r.get("Title")))
            .collect();
        assert_eq!(rows, ["Acme|Lead\nengineer", "Globex|Clerk"]);
    }

    #[test]
    fn a_missing_column_names_file_line_and_column() {
        let e = Table::read("Positions.csv", "Company Name,Role\nAcme,Lead\n", COLS)
            .err()
            .unwrap();
        assert_eq!((e.entry, e.line), (Some("Positions.csv"), Some(1)));
        assert!(e.message.contains("no column `Title`"), "{}", e.message);
        assert!(e.message.contains("`Role`"), "{}", e.message);
        let none = Table::read("Positions.csv", "a,b\n1,2\n", COLS)
            .err()
            .unwrap();
        assert!(none.message.contains("no header row"), "{}", none.message);
    }

    #[test]
    fn short_rows_and_aliases() {
        const PHONE: &[Column] = &[Column {
            name: "Number",
            aliases: &["Phone Number"],
        }];
        let t = Table::read("PhoneNumbers.csv", "Extension,Phone Number\n\n12\n", PHONE).unwrap();
        let row = t.rows().next().unwrap();
        assert_eq!((row.get("Number"), row.opt("Number")), ("", None));
        assert!(Table::read("x.csv", "", PHONE)
            .unwrap()
            .rows()
            .next()
            .is_none());
    }
}
