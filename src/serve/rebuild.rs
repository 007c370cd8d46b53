//! Carrying out a [`Plan`] on the preview's output folder, keeping what is needed
//! for the next one: the loaded site (for one-person rebuilds), who the people are
//! (to tell a new folder from an edit), and what failed (to retry it with the next
//! change, so an error is only cleared once everything it touched builds again).
//!
//! A failed build never touches the output: full builds put every file aside and
//! move them into place only once everything rendered (see `build`), and a person's
//! pages are only written once they rendered.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::{Duration, Instant};

use crate::build::{BuildOptions, SiteBuilder};
use crate::error::{Error, Result};
use crate::site::PersonSource;

use super::plan::Plan;

/// What a successful rebuild did, for the terminal.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Rebuilt {
    Site { people: usize },
    People(Vec<String>),
    StaticFiles(usize),
}

impl std::fmt::Display for Rebuilt {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Rebuilt::Site { people: 1 } => write!(f, "the site (1 person)"),
            Rebuilt::Site { people } => write!(f, "the site ({people} people)"),
            Rebuilt::People(slugs) => write!(f, "{}", slugs.join(", ")),
            Rebuilt::StaticFiles(1) => write!(f, "1 static file"),
            Rebuilt::StaticFiles(n) => write!(f, "{n} static files"),
        }
    }
}

/// Builds the site at `root` into `output`, in whole or in part.
pub struct Rebuilder {
    root: PathBuf,
    output: PathBuf,
    options: BuildOptions,
    builder: Option<Arc<SiteBuilder>>,
    /// The people of the last good build, by slug.
    people: BTreeMap<String, PersonSource>,
    /// Work that failed, redone with the next plan.
    pending: Plan,
    failing: bool,
}

impl Rebuilder {
    /// Nothing is built yet: the first [`Rebuilder::rebuild`] builds everything.
    pub fn new(root: &Path, output: &Path, options: BuildOptions) -> Rebuilder {
        Rebuilder {
            root: root.to_path_buf(),
            output: output.to_path_buf(),
            options,
            builder: None,
            people: BTreeMap::new(),
            pending: Plan::everything(),
            failing: false,
        }
    }

    /// The plan for a batch of changed paths (absolute; `abs_root` is the site root
    /// as the watcher sees it).
    pub fn plan(&self, abs_root: &Path, paths: &[PathBuf], rescan: bool) -> Plan {
        let mut plan = Plan::classify(abs_root, paths, |slug| self.people.contains_key(slug));
        plan.full |= rescan;
        plan
    }

    /// The builder of the last good build (for printing its PDFs afterwards).
    pub fn builder(&self) -> Option<Arc<SiteBuilder>> {
        self.builder.clone()
    }

    /// Whether the last rebuild failed (its error is still showing).
    pub fn failing(&self) -> bool {
        self.failing
    }

    /// Does `plan`, together with whatever failed before. On error the output keeps
    /// the last good build and the whole merged plan is kept for the next try.
    pub fn rebuild(&mut self, plan: Plan) -> Result<(Rebuilt, Duration)> {
        let start = Instant::now();
        let mut plan = std::mem::take(&mut self.pending).merged(plan);
        if self.builder.is_none() {
            plan.full = true;
        }
        match self.execute(&plan) {
            Ok(done) => {
                self.failing = false;
                Ok((done, start.elapsed()))
            }
            Err(e) => {
                self.failing = true;
                self.pending = plan;
                Err(e)
            }
        }
    }

    fn execute(&mut self, plan: &Plan) -> Result<Rebuilt> {
        if !plan.full && !self.removes_assets(plan)? {
            if let Some(builder) = &self.builder {
                return self.execute_part(builder, plan);
            }
        }
        let builder = SiteBuilder::load(&self.root, self.options.clone())?;
        let report = builder.build_all(&self.output)?;
        for warning in &report.warnings {
            eprintln!("warning: {warning}");
        }
        self.people = builder
            .site()
            .people
            .iter()
            .map(|p| (p.slug.clone(), p.clone()))
            .collect();
        self.builder = Some(Arc::new(builder));
        Ok(Rebuilt::Site {
            people: report.people,
        })
    }

    fn execute_part(&self, builder: &SiteBuilder, plan: &Plan) -> Result<Rebuilt> {
        let mut errors = Vec::new();
        for slug in &plan.people {
            if let Err(e) = builder.build_person(slug, &self.output) {
                errors.push(e);
            }
        }
        let fence = crate::site::links::Fence::for_copying(&self.root);
        for rel in &plan.static_files {
            let from = self.root.join("static").join(rel);
            if let Err(skipped) = fence.check(&from) {
                eprintln!("warning: {skipped}");
                continue;
            }
            if let Err(e) = copy_static(&from, &self.output.join(rel)) {
                errors.push(e);
            }
        }
        if !errors.is_empty() {
            return Err(Error::Many(errors));
        }
        Ok(if plan.people.is_empty() {
            Rebuilt::StaticFiles(plan.static_files.len())
        } else {
            Rebuilt::People(plan.people.iter().cloned().collect())
        })
    }

    /// Whether a person lost an asset (a deleted photo): its copy in the output must
    /// go too, which only a full build (removing the files it no longer writes) does.
    fn removes_assets(&self, plan: &Plan) -> Result<bool> {
        for slug in &plan.people {
            let Some(before) = self.people.get(slug) else {
                return Ok(true);
            };
            // A folder that no longer scans is reported by the person's own rebuild.
            let Ok(now) = PersonSource::scan(&before.dir, crate::parse::source_rank) else {
                continue;
            };
            if before.assets.iter().any(|a| !now.assets.contains(a)) {
                return Ok(true);
            }
        }
        Ok(false)
    }
}

impl Plan {
    fn merged(mut self, other: Plan) -> Plan {
        self.merge(other);
        self
    }
}

fn copy_static(from: &Path, to: &Path) -> Result<()> {
    if let Some(parent) = to.parent() {
        std::fs::create_dir_all(parent).map_err(|e| Error::Output {
            path: parent.to_path_buf(),
            source: e,
        })?;
    }
    std::fs::copy(from, to)
        .map(|_| ())
        .map_err(|e| Error::io(from, e))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn write(root: &Path, rel: &str, text: &str) {
        let p = root.join(rel);
        std::fs::create_dir_all(p.parent().unwrap()).unwrap();
        std::fs::write(p, text).unwrap();
    }

    fn site() -> (tempfile::TempDir, PathBuf, PathBuf) {
        let d = tempfile::tempdir().unwrap();
        let root = d.path().join("site");
        let out = d.path().join("out/site");
        write(&root, "site.yaml", "title: T\n");
        write(&root, "content/ada/resume.md", "# Ada Example\n");
        write(&root, "content/ada/photo.svg", "<svg/>");
        write(&root, "content/bo/resume.md", "# Bo Example\n");
        (d, root, out)
    }

    fn page(out: &Path, rel: &str) -> String {
        std::fs::read_to_string(out.join(rel)).unwrap_or_default()
    }

    #[test]
    fn person_edit_rebuilds_that_person() {
        let (_d, root, out) = site();
        let mut r = Rebuilder::new(&root, &out, BuildOptions::default());
        let (done, _) = r.rebuild(Plan::default()).unwrap();
        assert_eq!(done, Rebuilt::Site { people: 2 });
        write(&root, "content/ada/resume.md", "# Ada Renamed\n");
        let plan = r.plan(&root, &[root.join("content/ada/resume.md")], false);
        let (done, _) = r.rebuild(plan).unwrap();
        assert_eq!(done, Rebuilt::People(vec!["ada".into()]));
        assert!(page(&out, "ada/index.html").contains("Ada Renamed"));
        assert!(
            page(&out, "index.html").contains("Ada Renamed"),
            "index links too"
        );
    }

    #[test]
    fn errors_keep_the_output_and_are_retried() {
        let (_d, root, out) = site();
        let mut r = Rebuilder::new(&root, &out, BuildOptions::default());
        r.rebuild(Plan::default()).unwrap();
        write(&root, "content/ada/overrides.yaml", "basics: [unclosed\n");
        let plan = r.plan(&root, &[root.join("content/ada/overrides.yaml")], false);
        let e = r.rebuild(plan).unwrap_err();
        assert!(e.report().contains("overrides.yaml:"), "{}", e.report());
        assert!(r.failing());
        assert!(page(&out, "ada/index.html").contains("Ada Example"));

        // Another person builds, but ada is still broken: the error stays.
        write(&root, "content/bo/resume.md", "# Bo Again\n");
        let plan = r.plan(&root, &[root.join("content/bo/resume.md")], false);
        assert!(r.rebuild(plan).is_err());
        assert!(page(&out, "bo/index.html").contains("Bo Again"));

        write(
            &root,
            "content/ada/overrides.yaml",
            "basics:\n  label: Fixed\n",
        );
        let plan = r.plan(&root, &[root.join("content/ada/overrides.yaml")], false);
        r.rebuild(plan).unwrap();
        assert!(!r.failing());
    }

    #[test]
    fn deleted_asset_and_person_leave_the_output() {
        let (_d, root, out) = site();
        let mut r = Rebuilder::new(&root, &out, BuildOptions::default());
        r.rebuild(Plan::default()).unwrap();
        assert!(out.join("ada/photo.svg").exists());
        std::fs::remove_file(root.join("content/ada/photo.svg")).unwrap();
        let plan = r.plan(&root, &[root.join("content/ada/photo.svg")], false);
        assert!(!plan.full);
        let (done, _) = r.rebuild(plan).unwrap();
        assert!(matches!(done, Rebuilt::Site { .. }));
        assert!(!out.join("ada/photo.svg").exists());

        std::fs::remove_dir_all(root.join("content/bo")).unwrap();
        let plan = r.plan(&root, &[root.join("content/bo")], false);
        r.rebuild(plan).unwrap();
        assert!(!out.join("bo").exists());
    }

    #[test]
    fn static_file_is_copied() {
        let (_d, root, out) = site();
        let mut r = Rebuilder::new(&root, &out, BuildOptions::default());
        r.rebuild(Plan::default()).unwrap();
        write(&root, "static/css/extra.css", "body{color:red}");
        let plan = r.plan(&root, &[root.join("static/css/extra.css")], false);
        let (done, _) = r.rebuild(plan).unwrap();
        assert_eq!(done, Rebuilt::StaticFiles(1));
        assert_eq!(page(&out, "css/extra.css"), "body{color:red}");
    }
}
