//! LinkedIn's data export read by `vitae parse`, over the real binary: the folder and
//! the zip give the same résumé (snapshotted), every CSV cell is found in the JSON
//! where its column says, and what cannot be read is refused clearly. Sites built
//! from exports are `linkedin_sites.rs`.

mod common;

use std::io::Write;
use std::path::Path;

use common::linkedin::{fixture_dir, fixture_zip, zip_of};
use common::{stderr, TempSite};
use serde_json::Value;

fn parse(site: &TempSite, path: &Path) -> String {
    let out = site.vitae(&["parse", path.to_str().unwrap()]);
    assert!(out.status.success(), "{}", stderr(&out));
    String::from_utf8(out.stdout).unwrap()
}

#[test]
fn the_folder_and_the_zip_read_to_the_same_resume() {
    let site = TempSite::empty();
    let from_dir = parse(&site, &fixture_dir());
    insta::assert_snapshot!("linkedin_quenby", from_dir);
    site.write_bytes("export.zip", &fixture_zip(""));
    assert_eq!(parse(&site, &site.path("export.zip")), from_dir);
    site.write_bytes(
        "again.zip",
        &fixture_zip("Complete_LinkedInDataExport_03-12-2026/"),
    );
    assert_eq!(parse(&site, &site.path("again.zip")), from_dir);
}

/// Each data row of `file` in the fixture, as column → cell, read here with the
/// csv crate on its own (the header is the first line: the fixture's mapped files
/// have no notes before it).
fn rows(file: &str) -> Vec<std::collections::HashMap<String, String>> {
    let text = std::fs::read_to_string(fixture_dir().join(file)).unwrap();
    let text = text.trim_start_matches('\u{feff}');
    let mut r = csv::Reader::from_reader(text.as_bytes());
    let header: Vec<String> = r.headers().unwrap().iter().map(str::to_string).collect();
    r.records()
        .map(|rec| {
            let rec = rec.unwrap();
            (header.iter().cloned())
                .zip(rec.iter().map(|c| c.trim().replace("\r\n", "\n")))
                .collect()
        })
        .collect()
}

/// The ISO form of the export's dates, worked out here independently of the reader:
/// "Mon YYYY", "YYYY", "Mon D, YYYY".
fn iso(cell: &str) -> Value {
    const MONTHS: [&str; 12] = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ];
    let month = |m: &str| MONTHS.iter().position(|x| *x == m).unwrap() + 1;
    let parts: Vec<&str> = cell.split([' ', ',']).filter(|p| !p.is_empty()).collect();
    match parts.as_slice() {
        [] => Value::Null,
        [y] => Value::from(*y),
        [m, y] => Value::from(format!("{y}-{:02}", month(m))),
        [m, d, y] => Value::from(format!(
            "{y}-{:02}-{:02}",
            month(m),
            d.parse::<u8>().unwrap()
        )),
        _ => panic!("no date: {cell}"),
    }
}

/// A cell as the JSON should hold it: empty is absent.
fn text(cell: &str) -> Value {
    if cell.is_empty() {
        Value::Null
    } else {
        Value::from(cell)
    }
}

#[test]
fn every_cell_lands_where_its_column_says() {
    let site = TempSite::empty();
    let r: Value = serde_json::from_str(&parse(&site, &fixture_dir())).unwrap();
    let field = |v: &Value, k: &str| v.get(k).cloned().unwrap_or(Value::Null);
    // (file, section, [(column, field, is a date)])
    type Columns = &'static [(&'static str, &'static str, bool)];
    let tables: &[(&str, &str, Columns)] = &[
        (
            "Positions.csv",
            "work",
            &[
                ("Company Name", "name", false),
                ("Title", "position", false),
                ("Description", "summary", false),
                ("Location", "location", false),
                ("Started On", "startDate", true),
                ("Finished On", "endDate", true),
            ],
        ),
        (
            "Education.csv",
            "education",
            &[
                ("School Name", "institution", false),
                ("Degree Name", "studyType", false),
                ("Start Date", "startDate", true),
                ("End Date", "endDate", true),
                ("Notes", "notes", false),
                ("Activities", "activities", false),
            ],
        ),
        ("Skills.csv", "skills", &[("Name", "name", false)]),
        (
            "Languages.csv",
            "languages",
            &[
                ("Name", "language", false),
                ("Proficiency", "fluency", false),
            ],
        ),
        (
            "Certifications.csv",
            "certificates",
            &[
                ("Name", "name", false),
                ("Url", "url", false),
                ("Authority", "issuer", false),
                ("Started On", "date", true),
                ("Finished On", "endDate", true),
                ("License Number", "licenseNumber", false),
            ],
        ),
        (
            "Projects.csv",
            "projects",
            &[
                ("Title", "name", false),
                ("Description", "description", false),
                ("Url", "url", false),
                ("Started On", "startDate", true),
                ("Finished On", "endDate", true),
            ],
        ),
        (
            "Honors.csv",
            "awards",
            &[
                ("Title", "title", false),
                ("Description", "summary", false),
                ("Issued On", "date", true),
            ],
        ),
        (
            "Publications.csv",
            "publications",
            &[
                ("Name", "name", false),
                ("Published On", "releaseDate", true),
                ("Description", "summary", false),
                ("Publisher", "publisher", false),
                ("Url", "url", false),
            ],
        ),
        (
            "Volunteering.csv",
            "volunteer",
            &[
                ("Company Name", "organization", false),
                ("Role", "position", false),
                ("Cause", "cause", false),
                ("Started On", "startDate", true),
                ("Finished On", "endDate", true),
                ("Description", "summary", false),
            ],
        ),
    ];
    for (file, section, columns) in tables {
        let want = rows(file);
        let got = r[section].as_array().unwrap();
        assert_eq!(got.len(), want.len(), "{file}: one entry per row");
        for (entry, row) in got.iter().zip(&want) {
            for (column, key, is_date) in *columns {
                let cell = &row[*column];
                let expected = if *is_date { iso(cell) } else { text(cell) };
                assert_eq!(field(entry, key), expected, "{file}: {column} → {key}");
            }
        }
    }
    let profile = &rows("Profile.csv")[0];
    let b = &r["basics"];
    let name = format!("{} {}", profile["First Name"], profile["Last Name"]);
    assert_eq!(field(b, "name"), text(&name));
    assert_eq!(field(b, "label"), text(&profile["Headline"]));
    assert_eq!(field(b, "summary"), text(&profile["Summary"]));
    assert_eq!(
        field(&b["location"], "postalCode"),
        text(&profile["Zip Code"])
    );
    let geo = format!(
        "{}, {}",
        b["location"]["city"].as_str().unwrap(),
        b["location"]["country"].as_str().unwrap()
    );
    assert_eq!(geo, profile["Geo Location"]);
    let primary = rows("Email Addresses.csv")
        .into_iter()
        .find(|e| e["Primary"] == "Yes")
        .unwrap();
    assert_eq!(field(b, "email"), text(&primary["Email Address"]));
    assert_eq!(
        field(b, "phone"),
        text(&rows("PhoneNumbers.csv")[0]["Number"])
    );
    // Nothing of the files that are no résumé: connections, registration.
    let all = r.to_string();
    for other in ["Tobin", "203.0.113.7"] {
        assert!(!all.contains(other), "{other}");
    }
}

/// `vitae parse` on a zip: exit 1, the file (and the CSV and line) named, a hint.
fn refused(bytes: &[u8], says: &[&str]) {
    let site = TempSite::empty();
    site.write_bytes("export.zip", bytes);
    let out = site.vitae(&["parse", site.path("export.zip").to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    assert!(err.contains("export.zip") && err.contains("hint:"), "{err}");
    for s in says {
        assert!(err.contains(s), "{s:?} not in {err}");
    }
    assert!(!err.contains("panicked"), "{err}");
}

#[test]
fn exports_that_cannot_be_read() {
    refused(
        b"Marisol Quenby, hydrologist",
        &["not a readable zip archive"],
    );
    let mut cut = fixture_zip("");
    cut.truncate(cut.len() / 2);
    refused(&cut, &["not a readable zip archive"]);
    refused(
        &zip_of(&[("Positions.csv", b"Company Name,Role\nTejo,Pilot\n")]),
        &["export.zip/Positions.csv:1:1", "no column `Title`"],
    );
    refused(
        &zip_of(&[("Connections.csv", b"First Name\nTobin\n")]),
        &["no file of a LinkedIn export"],
    );
    // A zip bomb: a small archive whose one entry inflates far past any profile's file.
    let bomb = {
        let mut out = std::io::Cursor::new(Vec::new());
        let mut z = zip::ZipWriter::new(&mut out);
        let opts = zip::write::SimpleFileOptions::default()
            .compression_method(zip::CompressionMethod::Deflated)
            .large_file(true);
        z.start_file("Skills.csv", opts).unwrap();
        let zeros = vec![b'0'; 1024 * 1024];
        for _ in 0..40 {
            z.write_all(&zeros).unwrap();
        }
        z.finish().unwrap();
        out.into_inner()
    };
    assert!(bomb.len() < 1024 * 1024, "{}", bomb.len());
    refused(&bomb, &["Skills.csv", "larger than"]);

    let site = TempSite::empty();
    let out = site.vitae(&["parse", fixture_dir().to_str().unwrap(), "--explain"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("structured data"), "{}", stderr(&out));
}
