use super::*;

/// An output that exists and holds a file of the user's: not brand new, so files are
/// put aside and moved into place at the end.
fn used_output(d: &Path) -> PathBuf {
    let out = d.join("public");
    std::fs::create_dir_all(&out).unwrap();
    std::fs::write(out.join("CNAME"), "example.test").unwrap();
    out
}

#[test]
fn writes_changed_files_only_and_a_dropped_build_leaves_nothing() {
    let d = tempfile::tempdir().unwrap();
    let out = used_output(d.path());
    let empty = Manifest::new();
    let p = Pending::new(&out, &empty, false).unwrap();
    p.put("a/index.html", b"one").unwrap();
    assert!(
        out.join(PARTIAL).is_file(),
        "the journal says files are put aside"
    );
    assert!(
        out.join("a/.index.html.vitae-new").is_file(),
        "put aside, not in place"
    );
    assert!(!out.join("a/index.html").exists());
    drop(p);
    let left: Vec<_> = std::fs::read_dir(&out).unwrap().collect();
    assert_eq!(left.len(), 1, "a dropped build leaves the output as it was");

    let p = Pending::new(&out, &empty, false).unwrap();
    p.put("a/index.html", b"one").unwrap();
    p.put("b.html", b"two").unwrap();
    let done = p.commit(BTreeMap::new(), String::new()).unwrap();
    assert_eq!((done.written, done.removed), (2, 0));
    assert!(!out.join(PARTIAL).exists());
    let first = Manifest::load(&out);

    std::fs::write(out.join("mine.txt"), "by hand").unwrap();
    let p = Pending::new(&out, &first, false).unwrap();
    p.put("a/index.html", b"one").unwrap();
    let done = p.commit(BTreeMap::new(), String::new()).unwrap();
    assert_eq!((done.written, done.unchanged, done.removed), (0, 1, 1));
    assert!(!out.join("b.html").exists(), "stale and vitae's: removed");
    assert!(out.join("mine.txt").exists(), "not vitae's: kept");
}

#[test]
fn what_a_killed_build_put_aside_is_swept_by_the_next() {
    let d = tempfile::tempdir().unwrap();
    let out = used_output(d.path());
    let empty = Manifest::new();
    let p = Pending::new(&out, &empty, false).unwrap();
    p.put("a/index.html", b"one").unwrap();
    // As `kill -9` leaves it: no drop, no commit.
    std::mem::forget(p);
    std::fs::write(out.join("a/.notes.txt"), "the user's").unwrap();
    assert!(out.join("a/.index.html.vitae-new").is_file());
    let p = Pending::new(&out, &empty, false).unwrap();
    assert!(!out.join("a/.index.html.vitae-new").exists());
    assert!(!out.join(PARTIAL).exists());
    assert!(
        out.join("a/.notes.txt").exists(),
        "only vitae's temporary files go"
    );
    drop(p);
}

#[test]
fn a_brand_new_output_is_written_in_place_and_a_failed_build_leaves_no_folder() {
    let d = tempfile::tempdir().unwrap();
    let out = d.path().join("public");
    let empty = Manifest::new();
    let p = Pending::new(&out, &empty, false).unwrap();
    p.put("a/index.html", b"one").unwrap();
    assert_eq!(std::fs::read(out.join("a/index.html")).unwrap(), b"one");
    assert!(
        !out.join("a/.index.html.vitae-new").exists(),
        "no temporary"
    );
    let journal = std::fs::read(out.join(PARTIAL)).unwrap();
    assert_eq!(direct::listed(&journal).unwrap(), ["a/index.html"]);
    drop(p);
    assert!(
        !out.exists(),
        "a failed build removes the folder it created"
    );

    let p = Pending::new(&out, &empty, false).unwrap();
    p.put("a/index.html", b"one").unwrap();
    p.put("b.html", b"three").unwrap();
    // A folder someone else made meanwhile: its file goes the careful way.
    std::fs::create_dir(out.join("z")).unwrap();
    p.put("z/c.html", b"c").unwrap();
    assert!(out.join("z/.c.html.vitae-new").is_file());
    let done = p.commit(BTreeMap::new(), String::new()).unwrap();
    assert_eq!((done.written, done.unchanged), (3, 0));
    assert_eq!(std::fs::read(out.join("z/c.html")).unwrap(), b"c");
    assert!(!out.join(PARTIAL).exists());
    assert!(super::super::guard::has_marker(&out));
    let record = Manifest::load(&out);
    assert_eq!(record.files.len(), 3);
    // Not brand new any more: a second build puts its files aside.
    let p = Pending::new(&out, &record, false).unwrap();
    p.put("b.html", b"four").unwrap();
    assert_eq!(std::fs::read(out.join("b.html")).unwrap(), b"three");
    drop(p);
}

#[test]
fn what_a_killed_first_build_wrote_in_place_is_removed_by_the_next() {
    let d = tempfile::tempdir().unwrap();
    let out = d.path().join("public");
    let empty = Manifest::new();
    let p = Pending::new(&out, &empty, false).unwrap();
    p.put("a/index.html", b"one").unwrap();
    p.put("themes/t/x.css", b"x").unwrap();
    std::mem::forget(p);
    std::fs::write(out.join("a/notes.txt"), "the user's").unwrap();
    let p = Pending::new(&out, &empty, false).unwrap();
    assert!(
        !out.join("a/index.html").exists(),
        "named in the journal: vitae's"
    );
    assert!(!out.join("themes").exists(), "its folders go with it");
    assert!(out.join("a/notes.txt").exists(), "not named: kept");
    assert!(!out.join(PARTIAL).exists());
    drop(p);
    // A build killed after its record was saved but before the journal went: its
    // files are recorded, whole, and stay.
    let p = Pending::new(&out, &empty, false).unwrap();
    p.put("c.html", b"c").unwrap();
    let record = p
        .commit(BTreeMap::new(), String::new())
        .map(|_| Manifest::load(&out));
    let record = record.unwrap();
    std::fs::write(out.join(PARTIAL), format!("{}c.html\n", direct::HEADER)).unwrap();
    let p = Pending::new(&out, &record, false).unwrap();
    assert!(out.join("c.html").is_file(), "recorded: kept");
    drop(p);
}
