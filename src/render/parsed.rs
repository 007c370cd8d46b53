//! The built-in themes' templates, parsed when vitae was built.
//!
//! Takes a template's name and text; gives the Tera template Tera itself would parse
//! from that text, built from the syntax tree `build.rs` wrote as code, when the text
//! is exactly one of the built-in templates'. Parsing templates was a third of a
//! one-person site's build, and the built-in ones are the same on every run. It
//! knows nothing of the site's own templates (those are parsed as usual) and does
//! not link templates to each other (Tera does, as for any template).

use std::collections::HashMap;
use std::hash::Hash;

use tera::ast::*;
use tera::Template;

/// A function building one template's tree.
type Tree = fn() -> Vec<Node>;

// `PARSED`: each built-in template's text with the function building its tree.
include!(concat!(env!("OUT_DIR"), "/parsed_templates.rs"));

/// The template `name` as Tera would parse `source`, when `source` is a built-in
/// template's text.
pub(super) fn template(name: &str, source: &str) -> Option<Template> {
    let (_, tree) = PARSED.iter().find(|(text, _)| *text == source)?;
    Some(assemble(name, tree()))
}

/// Whether [`template`] has a tree for `source`.
pub(super) fn known(source: &str) -> bool {
    PARSED.iter().any(|(text, _)| *text == source)
}

/// A template from its tree, as `tera::Template::new` puts one together after parsing:
/// its blocks (nested ones too), macros, imports and parent. The tree parsed once
/// already, so the duplicates Tera would refuse cannot occur.
fn assemble(name: &str, ast: Vec<Node>) -> Template {
    fn find_blocks(ast: &[Node], blocks: &mut HashMap<String, Block>) {
        for node in ast {
            if let Node::Block(_, block, _) = node {
                blocks.insert(block.name.clone(), block.clone());
                find_blocks(&block.body, blocks);
            }
        }
    }
    let mut blocks = HashMap::new();
    find_blocks(&ast, &mut blocks);
    let mut macros = HashMap::new();
    let mut imported_macro_files = Vec::new();
    let mut parent = None;
    for node in &ast {
        match node {
            Node::Extends(_, name) => parent = Some(name.clone()),
            Node::MacroDefinition(_, def, _) => {
                macros.insert(def.name.clone(), def.clone());
            }
            Node::ImportMacro(_, file, namespace) => {
                imported_macro_files.push((file.clone(), namespace.clone()));
            }
            _ => {}
        }
    }
    Template {
        name: name.to_string(),
        path: None,
        ast,
        from_extend: false,
        macros,
        imported_macro_files,
        parent,
        blocks,
        parents: Vec::new(),
        blocks_definitions: HashMap::new(),
    }
}

// The helpers the generated code builds trees with.

fn s(text: &str) -> String {
    text.to_string()
}

fn ws(left: bool, right: bool) -> WS {
    WS { left, right }
}

fn e(val: ExprVal, negated: bool, filters: Vec<FunctionCall>) -> Expr {
    Expr {
        val,
        negated,
        filters,
    }
}

fn map<K: Eq + Hash, V>(entries: Vec<(K, V)>) -> HashMap<K, V> {
    entries.into_iter().collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every built-in template has a tree, and it is the one Tera parses from its text.
    #[test]
    fn trees_are_the_ones_tera_parses() {
        let site = tempfile::tempdir().unwrap();
        let themes = crate::render::themes::Themes::load(site.path()).unwrap();
        let mut count = 0;
        for f in themes
            .names()
            .iter()
            .flat_map(|t| themes.templates(t).unwrap())
        {
            let (name, source) = (f.name, f.source);
            count += 1;
            let want = Template::new(&name, None, &source).unwrap();
            let got = template(&name, &source).unwrap_or_else(|| panic!("no tree for {name}"));
            assert_eq!(got.ast, want.ast, "{name}");
            assert_eq!(got.parent, want.parent, "{name}");
            assert_eq!(got.blocks, want.blocks, "{name}");
            assert_eq!(got.macros, want.macros, "{name}");
            assert_eq!(
                got.imported_macro_files, want.imported_macro_files,
                "{name}"
            );
            assert_eq!(got.path, want.path, "{name}");
            assert_eq!(got.from_extend, want.from_extend, "{name}");
        }
        assert!(count > 20, "{count}");
        assert!(template("x.html", "{{ not built in }}").is_none());
    }
}
