//! Helpers shared by the integration tests: fictional fixture sites in temp folders,
//! and running the real `vitae` binary.
#![allow(dead_code)]

pub mod browser;
pub mod hostile;
pub mod linkedin;
pub mod props;
pub mod server;

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// A site in a temporary folder, removed when dropped.
pub struct TempSite {
    pub dir: tempfile::TempDir,
}

impl TempSite {
    /// An empty site folder.
    pub fn empty() -> TempSite {
        TempSite {
            dir: tempfile::tempdir().expect("temp dir"),
        }
    }

    /// A small valid two-person site: one JSON Resume, one Markdown résumé.
    pub fn two_people() -> TempSite {
        let s = TempSite::empty();
        s.write(
            "site.yaml",
            "title: Fixture Team\nbase_url: https://example.test/\n",
        );
        s.write(
            "content/ines/resume.json",
            r#"{"basics":{"name":"Inès Fixture","email":"ines@example.test"},
               "work":[{"name":"Acme Widgets","position":"Engineer","startDate":"2020-01","highlights":["Made widgets."]},
                       {"name":"Acme Widgets","position":"Intern","startDate":"2019-06","endDate":"2019-09"}],
               "skills":[{"name":"Languages","keywords":["Rust","Go"]}]}"#,
        );
        s.write(
            "content/ines/overrides.yaml",
            "basics:\n  label: Engineer\n",
        );
        s.write(
            "content/juno/resume.md",
            "# Juno Fixture\n\njuno@example.test\n\n## Experience\n\n### Blue Yonder — Analyst\n2018 – 2021\n\n- Analysed things.\n",
        );
        s
    }

    pub fn root(&self) -> &Path {
        self.dir.path()
    }

    pub fn path(&self, rel: &str) -> PathBuf {
        self.dir.path().join(rel)
    }

    pub fn write(&self, rel: &str, text: &str) {
        self.write_bytes(rel, text.as_bytes());
    }

    pub fn write_bytes(&self, rel: &str, bytes: &[u8]) {
        let p = self.path(rel);
        std::fs::create_dir_all(p.parent().unwrap()).unwrap();
        std::fs::write(p, bytes).unwrap();
    }

    pub fn read(&self, rel: &str) -> String {
        std::fs::read_to_string(self.path(rel)).unwrap_or_else(|e| panic!("{rel}: {e}"))
    }

    /// Runs `vitae --root <site> ARGS…`.
    pub fn vitae(&self, args: &[&str]) -> Output {
        Command::new(env!("CARGO_BIN_EXE_vitae"))
            .arg("--root")
            .arg(self.root())
            .args(args)
            .output()
            .expect("run vitae")
    }
}

pub fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}
