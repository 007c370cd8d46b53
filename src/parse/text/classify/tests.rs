use super::*;

#[test]
fn the_reviewed_weights_file_reads() {
    let w = Weighted::parse(WEIGHTS).expect("weights.txt reads");
    for d in Decision::ALL {
        assert!(w.threshold(d).is_finite(), "{d:?} has a threshold");
        assert!(!w.weights_of(d).is_empty(), "{d:?} has weights");
    }
}

#[test]
fn a_bad_weights_file_is_a_typed_error_naming_its_line() {
    let ok: String = Decision::ALL
        .iter()
        .map(|d| format!("{} threshold 0.5 # t\n", d.name()))
        .collect();
    let n = Decision::ALL.len() + 1;
    let with = |extra: &str| Weighted::parse(&format!("{ok}{extra}\n"));
    assert!(with("").is_ok());
    assert!(matches!(
        with("EntryStart NoSuchCue 1.0 # why"),
        Err(WeightsError::UnknownCue { line, .. }) if line == n
    ));
    assert!(matches!(
        with("Nothing KnownHeadingWords 1.0 # why"),
        Err(WeightsError::UnknownDecision { line, .. }) if line == n
    ));
    assert!(matches!(
        with("EntryStart RepeatsOrg one # why"),
        Err(WeightsError::NotANumber { .. })
    ));
    assert!(matches!(
        with("EntryStart RepeatsOrg 1.0"),
        Err(WeightsError::NoReason { line }) if line == n
    ));
    assert!(matches!(
        with("EntryStart RepeatsOrg # why"),
        Err(WeightsError::Malformed { .. })
    ));
    assert!(matches!(
        with("EntryStart threshold 1 # again"),
        Err(WeightsError::Twice { .. })
    ));
    assert!(matches!(
        Weighted::parse("SectionHeading threshold 0.5 # t"),
        Err(WeightsError::NoThreshold(_))
    ));
}

#[test]
fn the_score_sums_the_weights_of_the_cues_present() {
    let w = Weighted::parse(WEIGHTS).unwrap();
    let one = Cues::of(&[(Cue::RepeatsOrg, true)]);
    let two = one.with(Cues::of(&[(Cue::RepeatsTitle, true)]));
    let d = Decision::EntryStart;
    assert_eq!(
        w.score(d, two),
        w.weight(d, Cue::RepeatsOrg) + w.weight(d, Cue::RepeatsTitle)
    );
    assert_eq!(w.score(d, Cues::default()), 0.0);
}

#[test]
fn every_cue_is_weighed_for_some_decision() {
    // A cue no decision weighs is observed for nothing: drop it or weigh it.
    let w = Weighted::parse(WEIGHTS).unwrap();
    for c in Cue::ALL {
        assert!(
            Decision::ALL.iter().any(|&d| w.weight(d, c) != 0.0),
            "{c:?} has no weight"
        );
    }
}
