//! The merge's errors: unknown keys at every depth, values of the wrong kind, entries
//! matching nothing, malformed entries and files — each where it is and what was expected.

use super::*;

#[test]
fn unknown_keys_are_reported_where_they_are_at_every_depth() {
    let cases: &[(&str, (usize, usize), &str, &str)] = &[
        ("basics:\n  label: X\nwrok: []\n", (3, 1), "wrok", "work"),
        ("basics:\n  lable: X\n", (2, 3), "lable", "label"),
        (
            "basics:\n  location:\n    contryCode: PT\n",
            (3, 5),
            "contryCode",
            "countryCode",
        ),
        (
            "basics:\n  profiles:\n    - network: GitHub\n      usename: x\n",
            (4, 7),
            "usename",
            "username",
        ),
        (
            "work:\n  - name: Blue Yonder\n    positon: Lead\n",
            (3, 5),
            "positon",
            "position",
        ),
        (
            "work:\n  - name: Blue Yonder\n    hiden: true\n",
            (3, 5),
            "hiden",
            "hidden",
        ),
        (
            "work:\n  - match: {nme: Blue Yonder}\n",
            (2, 13),
            "nme",
            "name",
        ),
        (
            "privacy:\n  web:\n    phnoe: false\n",
            (3, 5),
            "phnoe",
            "phone",
        ),
        (
            "privacy:\n  obfuscate_emial: true\n",
            (2, 3),
            "obfuscate_emial",
            "obfuscate_email",
        ),
        ("theme: x\nordr: [work]\n", (2, 1), "ordr", "order"),
    ];
    for (yaml, pos, key, hint) in cases {
        let e = error(yaml);
        let Error::UnknownKey { key: k, .. } = &e else {
            panic!("{yaml}: {e:?}")
        };
        assert_eq!(k, key, "{yaml}");
        assert_eq!(at(&e), *pos, "{yaml}");
        assert_eq!(
            e.hint().unwrap(),
            format!("did you mean `{hint}`?"),
            "{yaml}"
        );
    }
}

#[test]
fn own_keys_and_meta_are_free() {
    let r = merged("x-pronouns: she/her\nbasics:\n  x-pronouns: she/her\nwork:\n  - name: Blue Yonder\n    x-team: {name: Data, size: 4}\nmeta:\n  version: \"2\"\n  anything: [1, 2]\n");
    assert_eq!(r.extra["x-pronouns"], "she/her");
    assert_eq!(r.basics.extra["x-pronouns"], "she/her");
    assert_eq!(r.work[2].extra["x-team"]["size"], 4);
    let meta = r.meta.unwrap();
    assert_eq!(meta.version.as_deref(), Some("2"));
    assert_eq!(meta.extra["anything"], serde_json::json!([1, 2]));
}

#[test]
fn values_of_the_wrong_kind_say_what_was_expected() {
    let e = error("basics:\n  summary:\n    - one\n    - two\n");
    assert!(matches!(e, Error::Invalid { .. }), "{e:?}");
    assert_eq!(at(&e).0, 3);
    assert!(
        e.to_string()
            .contains("basics.summary: expected text, found a list"),
        "{e}"
    );

    let e = error("work:\n  - name: Blue Yonder\n    highlights: Did things.\n");
    assert_eq!(at(&e), (3, 17));
    assert!(
        e.to_string().contains(
            "work[0].highlights: expected a list of strings, found the text \"Did things.\""
        ),
        "{e}"
    );

    let e = error("work:\n  name: Blue Yonder\n");
    assert!(e.to_string().contains("a list of `work` entries"), "{e}");
    let e = error("work:\n  - name: Blue Yonder\n    hidden: yes please\n");
    assert!(
        e.to_string()
            .contains("work[0].hidden: expected `true` or `false`, found the text \"yes please\""),
        "{e}"
    );
    let e = error("basics: Ada\n");
    assert!(
        e.to_string()
            .contains("basics: expected a map (keys of `basics`), found the text \"Ada\""),
        "{e}"
    );
}

#[test]
fn an_entry_matching_nothing_lists_the_candidates() {
    let e = error("basics:\n  label: X\nwork:\n  - name: Acme Widget Co\n    location: Oslo\n");
    let Error::NoMatch {
        wanted, candidates, ..
    } = &e
    else {
        panic!("{e:?}")
    };
    assert_eq!(wanted, "`Acme Widget Co`");
    assert_eq!(candidates, &["Acme Widgets", "Blue  Yonder"]);
    assert_eq!(at(&e), (4, 5));
    let hint = e.hint().unwrap();
    assert!(
        hint.contains("did you mean `Acme Widgets`?") && hint.contains("new: true"),
        "{hint}"
    );

    let e = error("awards:\n  - title: Best Poster\n");
    assert!(e.hint().unwrap().contains("the section is empty"), "{e:?}");
}

#[test]
fn malformed_entries_and_files_are_errors() {
    let e = error("work:\n  - position: Lead\n");
    assert!(e.to_string().contains("needs `name`"), "{e}");
    assert_eq!(at(&e), (2, 5));
    let e = error("work:\n  - match: Blue Yonder\n    new: true\n");
    assert!(
        e.to_string().contains("both `match` and `new: true`"),
        "{e}"
    );
    let e = error("basics:\n  label: A\n  label: B\n");
    assert!(e.to_string().contains("`label` is given twice"), "{e}");
    assert_eq!(at(&e), (3, 3));
    let e = error("basics:\n  label: [unclosed\n");
    assert!(matches!(e, Error::Syntax { .. }), "{e:?}");
    let e = error("- work\n");
    assert!(e.to_string().contains("a map"), "{e}");
}

#[test]
fn an_empty_file_changes_nothing() {
    assert_eq!(merged(""), resume());
    assert_eq!(merged("# only a comment\n"), resume());
    assert_eq!(merged("{}"), resume());
    assert_eq!(Overrides::default().apply(resume()).unwrap(), resume());
}
