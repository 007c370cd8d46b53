//! The export read from folders and zips written here: dates, list fields, which
//! e-mail is the person's, what is left out, and the refusals.

use std::io::Write;
use std::path::{Path, PathBuf};

use super::values::date;
use super::*;

fn folder(files: &[(&str, &str)]) -> (tempfile::TempDir, PathBuf) {
    let d = tempfile::tempdir().unwrap();
    let dir = d.path().join("export");
    std::fs::create_dir(&dir).unwrap();
    for (name, text) in files {
        std::fs::write(dir.join(name), text).unwrap();
    }
    (d, dir)
}

fn zip_of(dir: &Path, entries: &[(&str, &[u8])]) -> PathBuf {
    let path = dir.join("export.zip");
    let mut z = zip::ZipWriter::new(std::fs::File::create(&path).unwrap());
    for (name, bytes) in entries {
        z.start_file(*name, zip::write::SimpleFileOptions::default())
            .unwrap();
        z.write_all(bytes).unwrap();
    }
    z.finish().unwrap();
    path
}

#[test]
fn dates_become_iso_prefixes() {
    let cases = [
        ("Jan 2020", Some("2020-01")),
        ("2019", Some("2019")),
        ("Sep 2016", Some("2016-09")),
        ("Mar 3, 2021", Some("2021-03-03")),
        ("14 Feb 2022", Some("2022-02-14")),
        ("2021-07", Some("2021-07")),
        ("", None),
        ("  ", None),
        // Not a date: kept as written rather than lost.
        ("sometime", Some("sometime")),
        ("Jan 2020 - Feb 2021", Some("Jan 2020 - Feb 2021")),
    ];
    for (raw, want) in cases {
        assert_eq!(date(raw).as_deref(), want, "{raw:?}");
    }
}

#[test]
fn profile_fields_lists_and_the_primary_email() {
    let (_d, dir) = folder(&[
        (
            "Profile.csv",
            "First Name,Last Name,Maiden Name,Address,Birth Date,Headline,Summary,Industry,Zip Code,Geo Location,Twitter Handles,Websites,Instant Messengers\n\
             Oda,Brannigan,Kerr,12 Quay Road,\"Jun 2, 1990\",Ferry engineer,,Maritime,,Cork,\"[@odab,odab_two]\",https://oda.example,[SKYPE:oda.b]\n",
        ),
        (
            "Email Addresses.csv",
            "Email Address,Confirmed,Primary,Updated On\nold@oda.example,No,No,\nmain@oda.example,Yes,No,\n",
        ),
        ("PhoneNumbers.csv", "Extension,Number,Type\n12,+353 21 000 0000,Work\n"),
    ]);
    let r = read(&dir).unwrap();
    let b = &r.basics;
    assert_eq!(b.name.as_deref(), Some("Oda Brannigan"));
    assert_eq!(b.label.as_deref(), Some("Ferry engineer"));
    assert_eq!(b.summary, None);
    // No primary address: the first confirmed one.
    assert_eq!(b.email.as_deref(), Some("main@oda.example"));
    assert_eq!(b.phone.as_deref(), Some("+353 21 000 0000 ext. 12"));
    assert_eq!(b.url.as_deref(), Some("https://oda.example"));
    let loc = b.location.as_ref().unwrap();
    assert_eq!(
        (loc.address.as_deref(), loc.city.as_deref()),
        (Some("12 Quay Road"), Some("Cork"))
    );
    let handles: Vec<_> = b.profiles.iter().map(|p| p.username.as_deref()).collect();
    assert_eq!(handles, [Some("odab"), Some("odab_two")]);
    // Birth date, maiden name, industry and messenger handles have no place.
    let json = serde_json::to_string(&r).unwrap();
    for left_out in ["1990", "Kerr", "Maritime", "SKYPE", "oda.b\""] {
        assert!(!json.contains(left_out), "{left_out} in {json}");
    }
}

#[test]
fn a_zip_reads_as_its_folder_and_entries_may_sit_in_a_folder() {
    let positions = "Company Name,Title,Description,Location,Started On,Finished On\n\
                     Harbour Board,Pilot,,Cork,Jan 2020,\n";
    let (d, dir) = folder(&[("Positions.csv", positions)]);
    let from_dir = read(&dir).unwrap();
    let zip = zip_of(
        d.path(),
        &[
            ("Export_2026/Positions.csv", positions.as_bytes()),
            ("Export_2026/messages.csv", b"\xff\xfe not even text"),
        ],
    );
    assert!(is_export(&zip) && is_export(&dir));
    assert_eq!(read(&zip).unwrap(), from_dir);
    assert_eq!(from_dir.work[0].start_date.as_deref(), Some("2020-01"));
    assert_eq!(from_dir.work[0].end_date, None);
}

#[test]
fn a_folder_or_zip_named_for_linkedin_is_an_export_whatever_it_holds() {
    let d = tempfile::tempdir().unwrap();
    let dir = d.path().join("LinkedIn");
    std::fs::create_dir(&dir).unwrap();
    std::fs::write(dir.join("Connections.csv"), "First Name\n").unwrap();
    assert!(is_export(&dir));
    let e = read(&dir).unwrap_err();
    assert!(e.message.contains("no file of a LinkedIn export"), "{e:?}");
    let zip = zip_of(d.path(), &[("Connections.csv", b"First Name\n")]);
    let named = d.path().join("Basic_LinkedInDataExport_01-15-2026.zip");
    std::fs::rename(&zip, &named).unwrap();
    assert!(is_export(&named));
    assert!(!is_export(&d.path().join("linkedin.txt")));
}

#[test]
fn what_is_no_export() {
    let (d, dir) = folder(&[("notes.csv", "a,b\n")]);
    assert!(!is_export(&dir));
    let e = read(&dir).unwrap_err();
    assert!(e.message.contains("no file of a LinkedIn export"), "{e:?}");
    let other = zip_of(d.path(), &[("photo.jpg", b"x")]);
    assert!(!is_export(&other));
    let text = d.path().join("cv.zip");
    std::fs::write(&text, "Oda Brannigan, ferry engineer").unwrap();
    assert!(!is_export(&text));
    let e = read(&text).unwrap_err();
    assert!(e.message.contains("not a readable zip archive"), "{e:?}");
    assert!(!e.hint.is_empty());
}

#[test]
fn an_entry_past_the_cap_is_refused() {
    let d = tempfile::tempdir().unwrap();
    let mut big = b"Name\n".to_vec();
    big.resize(archive::MAX_CSV as usize + 10, b'a');
    let zip = zip_of(d.path(), &[("Skills.csv", &big)]);
    let e = read(&zip).unwrap_err();
    assert_eq!(e.entry, Some("Skills.csv"));
    assert!(e.message.contains("larger than"), "{e:?}");
}

#[cfg(unix)]
#[test]
fn a_link_in_the_folder_is_not_followed() {
    let (d, dir) = folder(&[("Skills.csv", "Name\nRust\n")]);
    let outside = d.path().join("Profile.csv");
    std::fs::write(&outside, "First Name,Last Name\nSecret,Person\n").unwrap();
    std::os::unix::fs::symlink(&outside, dir.join("Profile.csv")).unwrap();
    let e = read(&dir).unwrap_err();
    assert_eq!(e.entry, Some("Profile.csv"));
    assert!(e.message.contains("symbolic link"), "{e:?}");
}

#[test]
fn a_missing_column_is_said_with_file_and_line() {
    let (_d, dir) = folder(&[(
        "Education.csv",
        "School Name,Start Date,End Date,Notes,Degree Name\nNorth College,2010,2014,,BA\n",
    )]);
    let e = read(&dir).unwrap_err();
    assert_eq!((e.entry, e.line), (Some("Education.csv"), Some(1)));
    assert!(e.message.contains("`Activities`"), "{e:?}");
}
