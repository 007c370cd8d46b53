//! The command line's printing for `build` and `clean`, and for errors: what the user
//! reads after a command. Part of the `vitae` binary, not of the library; it does no
//! work of its own beyond calling the library and saying what it did.

use std::path::Path;

/// `vitae build`: builds and says what it did (notes, PDFs, warnings, a summary, and
/// with `timings` the time of each stage).
pub fn build(
    root: &Path,
    output: &Path,
    opts: &vitae::build::BuildOptions,
    timings: bool,
) -> anyhow::Result<()> {
    let report = vitae::build::build_site(root, output, opts)?;
    for note in &report.notes {
        eprintln!("note: {note}");
    }
    for printed in &report.pdfs {
        eprintln!("pdf: {printed}");
    }
    for warning in &report.warnings {
        eprintln!("warning: {warning}");
    }
    let people = if report.people == 1 {
        "person"
    } else {
        "people"
    };
    eprintln!(
        "built {} {people} in {} ms → {}",
        report.people,
        report.elapsed.as_millis(),
        output.display()
    );
    if timings {
        let c = report.changes;
        eprintln!(
            "timings: {}; {} of {} {people} rendered, {} files written, {} unchanged, {} removed",
            report.timings, report.rendered, report.people, c.written, c.unchanged, c.removed
        );
    }
    Ok(())
}

/// `vitae clean`: removes the cache and vitae's own output, and says what it left.
pub fn clean(root: &Path, output: &Path) -> anyhow::Result<()> {
    let done = vitae::build::clean_site(root, output)?;
    match &done.cache {
        Some(cache) => eprintln!("removed the cache {}", cache.display()),
        None => eprintln!("no cache to remove"),
    }
    let out = output.display();
    if done.not_vitae {
        eprintln!("{out}: not written by vitae (no .vitae-output file); left alone");
    } else if done.output_gone {
        eprintln!(
            "removed {} files vitae wrote, and {out} itself",
            done.removed
        );
    } else if done.kept > 0 {
        eprintln!(
            "removed {} files vitae wrote from {out}; kept {} files vitae did not write",
            done.removed, done.kept
        );
    } else {
        eprintln!("{out}: nothing to remove");
    }
    Ok(())
}

pub fn report(e: &anyhow::Error) {
    match e.downcast_ref::<vitae::Error>() {
        Some(err) => eprint!("{}", err.report()),
        None => eprintln!("error: {}", chain_once(e)),
    }
}

/// The error and its causes, each said once: a message that already quotes its
/// cause (`cannot listen on …: <OS error>`) is not followed by it again.
fn chain_once(e: &anyhow::Error) -> String {
    let mut out = e.to_string();
    for cause in e.chain().skip(1) {
        let cause = cause.to_string();
        if !out.contains(&cause) {
            out.push_str(": ");
            out.push_str(&cause);
        }
    }
    out
}
