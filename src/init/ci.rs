//! `vitae init --ci github`: a GitHub Actions workflow that installs vitae, builds the
//! site with the Pages address as `base_url`, and publishes it on GitHub Pages.
//!
//! Takes a site folder; gives `.github/workflows/pages.yml`, never over an existing
//! one. vitae is installed from its git repository (the package's `repository` when it
//! has one, else a placeholder the workflow refuses to run with), at the commit the
//! branch points to, and cached by that commit. Other hosts are described in README.

use std::path::{Path, PathBuf};

use crate::error::{Error, Result, Source};

/// Where a workflow for each CI service goes, relative to the site root.
pub const GITHUB_WORKFLOW: &str = ".github/workflows/pages.yml";

/// Written where vitae's package names no repository; the workflow stops on it.
pub const REPOSITORY_PLACEHOLDER: &str = "https://github.com/OWNER/vitae";

/// The CI services `init --ci` writes a workflow for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ci {
    GitHub,
}

const GITHUB: &str = r#"# Builds this vitae site and publishes it on GitHub Pages on every push to the
# default branch. Once: Settings → Pages → Build and deployment → Source: GitHub Actions.
# The site is served at the Pages address (https://OWNER.github.io/REPO/ for a project
# site), which becomes base_url: links work from that sub-path either way.
name: Pages

on:
  push:
    branches: [main]        # the branch the site's sources are on
  workflow_dispatch:

permissions:
  contents: read
  pages: write
  id-token: write

concurrency:
  group: pages
  cancel-in-progress: false

env:
  # Where vitae's source is: its git repository.
  VITAE_GIT: @REPOSITORY@

jobs:
  build:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - name: Find vitae's latest commit
        id: vitae
        run: |
          case "$VITAE_GIT" in
            *OWNER*) echo "::error::set VITAE_GIT in $GITHUB_WORKFLOW_REF to vitae's git repository"; exit 1 ;;
          esac
          echo "rev=$(git ls-remote "$VITAE_GIT" HEAD | cut -f1)" >> "$GITHUB_OUTPUT"
      - name: Cache vitae
        id: cache
        uses: actions/cache@v4
        with:
          path: ~/.cargo/bin/vitae
          key: vitae-${{ runner.os }}-${{ steps.vitae.outputs.rev }}
      - name: Install vitae
        if: steps.cache.outputs.cache-hit != 'true'
        run: cargo install --locked --git "$VITAE_GIT" --rev "${{ steps.vitae.outputs.rev }}" vitae
      - name: Configure Pages
        id: pages
        uses: actions/configure-pages@v5
      - name: Build
        run: vitae build --base-url "${{ steps.pages.outputs.base_url }}/"
      - name: Upload the site
        uses: actions/upload-pages-artifact@v3
        with:
          path: public

  deploy:
    needs: build
    runs-on: ubuntu-latest
    environment:
      name: github-pages
      url: ${{ steps.deployment.outputs.page_url }}
    steps:
      - name: Deploy to GitHub Pages
        id: deployment
        uses: actions/deploy-pages@v4
"#;

/// The workflow's text for `ci`.
pub fn workflow(ci: Ci) -> String {
    match ci {
        Ci::GitHub => {
            let repository = match env!("CARGO_PKG_REPOSITORY") {
                "" => REPOSITORY_PLACEHOLDER,
                r => r,
            };
            GITHUB.replace("@REPOSITORY@", repository)
        }
    }
}

/// Writes the workflow for `ci` into the site at `root`; an existing file is kept
/// and is an error. Returns the path written.
pub fn write_ci(root: &Path, ci: Ci) -> Result<PathBuf> {
    let path = root.join(match ci {
        Ci::GitHub => GITHUB_WORKFLOW,
    });
    if path.exists() {
        return Err(Error::Invalid {
            file: Source::file(&path),
            message: "a workflow is already there; remove it to write a new one".into(),
        });
    }
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir).map_err(|e| Error::io(dir, e))?;
    }
    std::fs::write(&path, workflow(ci)).map_err(|e| Error::io(&path, e))?;
    Ok(path)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_yaml::Value;

    #[test]
    fn github_workflow_installs_vitae_builds_and_deploys() {
        let wf: Value = serde_yaml::from_str(&workflow(Ci::GitHub)).expect("YAML");
        assert_eq!(wf["permissions"]["pages"], "write");
        let steps = wf["jobs"]["build"]["steps"].as_sequence().unwrap();
        let runs: Vec<&str> = steps.iter().filter_map(|s| s["run"].as_str()).collect();
        let uses: Vec<&str> = steps.iter().filter_map(|s| s["uses"].as_str()).collect();
        let install = runs
            .iter()
            .position(|r| r.contains("cargo install --locked --git"));
        let build = runs
            .iter()
            .position(|r| r.starts_with("vitae build --base-url"));
        assert!(
            install.is_some() && build.is_some() && install < build,
            "{runs:?}"
        );
        assert!(
            uses.contains(&"actions/upload-pages-artifact@v3"),
            "{uses:?}"
        );
        let upload = steps
            .iter()
            .find(|s| s["uses"] == "actions/upload-pages-artifact@v3");
        assert_eq!(upload.unwrap()["with"]["path"], "public");
        let deploy = &wf["jobs"]["deploy"];
        assert_eq!(deploy["needs"], "build");
        assert_eq!(deploy["steps"][0]["uses"], "actions/deploy-pages@v4");
        assert!(!wf["env"]["VITAE_GIT"].as_str().unwrap().is_empty());
    }

    #[test]
    fn an_existing_workflow_is_kept() {
        let d = tempfile::tempdir().unwrap();
        let path = write_ci(d.path(), Ci::GitHub).unwrap();
        assert!(path.ends_with(GITHUB_WORKFLOW));
        std::fs::write(&path, "mine").unwrap();
        let e = write_ci(d.path(), Ci::GitHub).unwrap_err().to_string();
        assert!(e.contains("already there"), "{e}");
        assert_eq!(std::fs::read_to_string(&path).unwrap(), "mine");
    }
}
