//! Tests of theme loading, inheritance and the stylesheet chain.

use super::*;

fn write(root: &Path, rel: &str, text: &str) {
    let p = root.join(rel);
    std::fs::create_dir_all(p.parent().unwrap()).unwrap();
    std::fs::write(p, text).unwrap();
}

fn template<'a>(files: &'a [TemplateFile], name: &str) -> &'a TemplateFile {
    files
        .iter()
        .find(|t| t.name == name)
        .unwrap_or_else(|| panic!("no template {name}"))
}

#[test]
fn built_in_themes_are_embedded_and_complete() {
    let d = tempfile::tempdir().unwrap();
    let themes = Themes::load(d.path()).unwrap();
    assert_eq!(themes.names(), ["academic", "classic", "modern"]);
    for name in themes.names() {
        let files = themes.templates(&name).unwrap();
        for required in ["base.html", "person.html", "index.html", "404.html"] {
            template(&files, required);
        }
        for section in crate::model::SECTION_ORDER {
            template(&files, &format!("partials/{section}.html"));
        }
        let statics = themes.static_files(&name).unwrap();
        assert!(
            statics.iter().any(|(p, _)| p == Path::new("theme.css")),
            "{name}"
        );
        assert!(!themes.get(&name).unwrap().description.is_empty());
    }
}

#[test]
fn inheritance_falls_back_to_the_parent() {
    let d = tempfile::tempdir().unwrap();
    let themes = Themes::load(d.path()).unwrap();
    let chain: Vec<&str> = themes
        .chain("modern")
        .unwrap()
        .iter()
        .map(|t| t.name.as_str())
        .collect();
    assert_eq!(chain, ["modern", "classic"]);
    let files = themes.templates("modern").unwrap();
    assert!(template(&files, "partials/work.html")
        .origin
        .contains("classic"));
    assert!(template(&files, "classic/person.html")
        .origin
        .contains("classic"));
    let statics = themes.static_files("modern").unwrap();
    let fonts = statics
        .iter()
        .filter(|(p, _)| p.starts_with("fonts"))
        .count();
    assert!(fonts > 0, "fonts come from classic");
}

#[test]
fn site_theme_extends_a_built_in_and_site_templates_override_all() {
    let d = tempfile::tempdir().unwrap();
    write(
        d.path(),
        "themes/mine/theme.yaml",
        "description: Mine\nextends: classic\nauthor: Ada\n",
    );
    write(
        d.path(),
        "themes/mine/templates/partials/skills.html",
        "MY SKILLS",
    );
    write(d.path(), "themes/mine/static/theme.css", "body{}");
    write(d.path(), "templates/partials/footer.html", "SITE FOOTER");
    let themes = Themes::load(d.path()).unwrap();
    assert!(themes.names().contains(&"mine".to_string()));
    let files = themes.templates("mine").unwrap();
    assert_eq!(template(&files, "partials/skills.html").source, "MY SKILLS");
    assert_eq!(
        template(&files, "partials/footer.html").source,
        "SITE FOOTER"
    );
    assert_eq!(
        template(&files, "partials/footer.html").origin,
        "templates/partials/footer.html"
    );
    assert!(template(&files, "partials/work.html")
        .origin
        .contains("classic"));
    let statics = themes.static_files("mine").unwrap();
    let css = statics
        .iter()
        .find(|(p, _)| p == Path::new("theme.css"))
        .unwrap();
    assert_eq!(&*css.1, b"body{}");
    assert!(
        statics.iter().any(|(p, _)| p == Path::new("vitae.css")),
        "inherited"
    );
}

#[test]
fn site_theme_replaces_a_built_in_of_the_same_name() {
    let d = tempfile::tempdir().unwrap();
    write(
        d.path(),
        "themes/classic/theme.yaml",
        "description: Replaced\n",
    );
    write(d.path(), "themes/classic/templates/person.html", "ONLY ME");
    let themes = Themes::load(d.path()).unwrap();
    assert_eq!(themes.get("classic").unwrap().description, "Replaced");
    let files = themes.templates("classic").unwrap();
    assert_eq!(template(&files, "person.html").source, "ONLY ME");
    assert!(!files.iter().any(|t| t.name == "partials/work.html"));
}

#[test]
fn missing_theme_and_parent_are_clear_errors() {
    let d = tempfile::tempdir().unwrap();
    write(d.path(), "themes/mine/theme.yaml", "extends: clasic\n");
    let themes = Themes::load(d.path()).unwrap();
    let e = themes.templates("modren").unwrap_err();
    assert!(matches!(&e, Error::MissingTheme { name, .. } if name == "modren"));
    assert_eq!(
        e.hint().unwrap(),
        "did you mean `modern`? available: academic, classic, mine, modern"
    );
    let e = themes.templates("mine").unwrap_err().to_string();
    assert!(
        e.contains("extends `clasic`") && e.contains("did you mean `classic`"),
        "{e}"
    );
}

#[test]
fn inheritance_cycles_are_reported() {
    let d = tempfile::tempdir().unwrap();
    write(d.path(), "themes/a/theme.yaml", "extends: b\n");
    write(d.path(), "themes/b/theme.yaml", "extends: c\n");
    write(d.path(), "themes/c/theme.yaml", "extends: a\n");
    write(d.path(), "themes/self/theme.yaml", "extends: self\n");
    let themes = Themes::load(d.path()).unwrap();
    let e = themes.chain("a").unwrap_err().to_string();
    assert!(e.contains("circle: a → b → c → a"), "{e}");
    assert!(e.contains("themes/c/theme.yaml"), "{e}");
    let e = themes.chain("self").unwrap_err().to_string();
    assert!(e.contains("self → self"), "{e}");
}

#[test]
fn theme_folder_without_manifest_is_an_error() {
    let d = tempfile::tempdir().unwrap();
    write(d.path(), "themes/bare/templates/person.html", "x");
    let e = Themes::load(d.path()).unwrap_err().to_string();
    assert!(e.contains("themes/bare") && e.contains("theme.yaml"), "{e}");
}

fn stylesheet_names(themes: &Themes, name: &str) -> Vec<String> {
    let sheets = themes.stylesheets(name).unwrap();
    let statics = themes.static_files(name).unwrap();
    for (file, bytes) in &sheets {
        let published = statics.iter().find(|(p, _)| p == Path::new(file));
        assert_eq!(
            published.map(|(_, b)| b),
            Some(bytes),
            "{file} is published"
        );
    }
    sheets.into_iter().map(|(file, _)| file).collect()
}

#[test]
fn a_child_theme_css_adds_to_its_parents() {
    let d = tempfile::tempdir().unwrap();
    write(d.path(), "themes/mine/theme.yaml", "extends: classic\n");
    write(d.path(), "themes/mine/static/theme.css", "MINE");
    write(d.path(), "themes/bare/theme.yaml", "extends: classic\n");
    write(
        d.path(),
        "themes/over-modern/theme.yaml",
        "extends: modern\n",
    );
    write(d.path(), "themes/over-modern/static/theme.css", "OVER");
    let themes = Themes::load(d.path()).unwrap();
    assert_eq!(stylesheet_names(&themes, "classic"), ["theme.css"]);
    assert_eq!(
        stylesheet_names(&themes, "mine"),
        ["theme-classic.css", "theme.css"]
    );
    let sheets = themes.stylesheets("mine").unwrap();
    let classic = themes.stylesheets("classic").unwrap();
    assert_eq!(sheets[0].1, classic[0].1, "the parent's own CSS");
    assert_eq!(&*sheets[1].1, b"MINE");
    // No CSS of its own: the parent's alone, under the name it always had.
    assert_eq!(stylesheet_names(&themes, "bare"), ["theme.css"]);
    // modern opts out of classic's theme.css, and so does what extends it.
    assert_eq!(stylesheet_names(&themes, "modern"), ["theme.css"]);
    assert_eq!(
        stylesheet_names(&themes, "over-modern"),
        ["theme-modern.css", "theme.css"]
    );
}

#[test]
fn replace_css_keeps_only_the_themes_own() {
    let d = tempfile::tempdir().unwrap();
    write(
        d.path(),
        "themes/mine/theme.yaml",
        "extends: classic\nreplace_css: true\n",
    );
    write(d.path(), "themes/mine/static/theme.css", "MINE");
    let themes = Themes::load(d.path()).unwrap();
    assert!(themes.get("mine").unwrap().replace_css);
    assert_eq!(stylesheet_names(&themes, "mine"), ["theme.css"]);
    let statics = themes.static_files("mine").unwrap();
    assert!(!statics
        .iter()
        .any(|(p, _)| p == Path::new("theme-classic.css")));
    assert!(statics.iter().any(|(p, _)| p == Path::new("vitae.css")));
}

#[test]
fn key_table_is_the_manifest() {
    let value = serde_json::to_value(Manifest::default()).unwrap();
    let fields: Vec<&str> = value
        .as_object()
        .unwrap()
        .keys()
        .map(String::as_str)
        .collect();
    assert_eq!(fields, THEME_YAML.keys().collect::<Vec<_>>());
}
