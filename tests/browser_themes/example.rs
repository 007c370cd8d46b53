//! The repo's example site (`site.yaml`, `content/`: three fictional people) built
//! into a temp folder once per theme, with that theme forced on everyone: set in
//! site.yaml and taken out of every overrides.yaml (whose other settings stay).

use std::path::{Path, PathBuf};

use serde_yaml::Value as Yaml;

use crate::checks::file_url;

/// The built-in themes every page must pass in (and any other theme in `themes/`).
const BUILT_IN_THEMES: [&str; 3] = ["classic", "modern", "academic"];

pub fn repo() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

pub fn themes() -> Vec<String> {
    let mut names: Vec<String> = BUILT_IN_THEMES.iter().map(|s| s.to_string()).collect();
    if let Ok(dir) = std::fs::read_dir(repo().join("themes")) {
        for e in dir.flatten() {
            let name = e.file_name().to_string_lossy().into_owned();
            if e.path().join("theme.yaml").is_file() && !names.contains(&name) {
                names.push(name);
            }
        }
    }
    names
}

/// One person of a built example site.
pub struct Person {
    pub slug: String,
    pub name: String,
    /// `A4` or `Letter`, from their overrides or site.yaml.
    pub paper: String,
}

/// The example site built into `work/<theme>/out`, with `theme` forced on everyone:
/// set in site.yaml, taken out of every overrides.yaml.
pub fn build_example(theme: &str, work: &Path) -> Result<(PathBuf, Vec<Person>), String> {
    let root = work.join(theme);
    for part in ["site.yaml", "content", "templates", "static", "themes"] {
        let from = repo().join(part);
        if from.exists() {
            copy_tree(&from, &root.join(part));
        }
    }
    let mut site = read_yaml(&root.join("site.yaml"));
    let site_paper = paper_of(&site).unwrap_or("A4".into());
    site["theme"] = Yaml::from(theme);
    write_yaml(&root.join("site.yaml"), &site);
    let mut people = Vec::new();
    let mut slugs: Vec<_> = std::fs::read_dir(root.join("content"))
        .unwrap()
        .flatten()
        .filter(|e| e.path().is_dir())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    slugs.sort();
    for slug in slugs {
        let file = root.join("content").join(&slug).join("overrides.yaml");
        let mut overrides = if file.exists() {
            read_yaml(&file)
        } else {
            Yaml::Null
        };
        let paper = paper_of(&overrides).unwrap_or(site_paper.clone());
        if let Yaml::Mapping(m) = &mut overrides {
            m.remove("theme");
            write_yaml(&file, &overrides);
        }
        people.push(Person {
            slug,
            name: String::new(),
            paper,
        });
    }
    // The site is opened from disk, so that is where it is deployed: absolute links
    // (the 404 page's, which must work at any depth) then lead to this copy.
    let out = root.join("out");
    #[allow(clippy::needless_update)] // BuildOptions may grow
    let opts = vitae::build::BuildOptions {
        base_url: Some(format!("{}/", file_url(&out))),
        ..Default::default()
    };
    vitae::build::build_site(&root, &out, &opts).map_err(|e| e.to_string())?;
    for p in &mut people {
        let json = std::fs::read_to_string(out.join(&p.slug).join("resume.json"))
            .map_err(|e| format!("{}/resume.json: {e}", p.slug))?;
        let json: serde_json::Value = serde_json::from_str(&json).map_err(|e| e.to_string())?;
        p.name = json["basics"]["name"]
            .as_str()
            .unwrap_or_default()
            .to_string();
    }
    Ok((out, people))
}

fn paper_of(y: &Yaml) -> Option<String> {
    match y["paper"].as_str()?.to_ascii_lowercase().as_str() {
        "letter" => Some("Letter".into()),
        _ => Some("A4".into()),
    }
}

fn read_yaml(p: &Path) -> Yaml {
    serde_yaml::from_str(&std::fs::read_to_string(p).unwrap())
        .unwrap_or_else(|e| panic!("{}: {e}", p.display()))
}

fn write_yaml(p: &Path, y: &Yaml) {
    std::fs::write(p, serde_yaml::to_string(y).unwrap()).unwrap();
}

fn copy_tree(from: &Path, to: &Path) {
    if from.is_file() {
        std::fs::create_dir_all(to.parent().unwrap()).unwrap();
        std::fs::copy(from, to).unwrap();
        return;
    }
    for e in walkdir::WalkDir::new(from) {
        let e = e.unwrap();
        let dest = to.join(e.path().strip_prefix(from).unwrap());
        if e.file_type().is_dir() {
            std::fs::create_dir_all(&dest).unwrap();
        } else {
            std::fs::create_dir_all(dest.parent().unwrap()).unwrap();
            std::fs::copy(e.path(), &dest).unwrap();
        }
    }
}
