//! Folding what a template renders the same on every page into its text.
//!
//! Takes a parsed template and the language of the renderer it belongs to; gives the
//! same template with each `{{ t(key="…") }}` (a literal key, no filters) replaced by
//! the word it renders, runs of text joined and comments dropped. A renderer serves
//! one language, so such a word is one constant for all its pages; Tera otherwise
//! builds an argument map, calls the function and escapes its result on every page,
//! a tenth of rendering a person's page. The word is escaped as Tera escapes a
//! function's result: every page vitae renders is an `.html` template, which Tera
//! escapes. It folds nothing whose value could differ between pages, and leaves a key
//! vitae does not know to fail as before, when a page renders it.

use tera::ast::{Expr, ExprVal, Node};
use tera::Template;

use super::filters::escape_html;
use super::i18n::{self, Lang};

/// Folds `template` (its tree, its blocks and its macros: Tera renders each from its
/// own copy) for pages in `lang`.
pub(super) fn fold(template: &mut Template, lang: Lang) {
    fold_body(&mut template.ast, lang);
    for block in template.blocks.values_mut() {
        fold_body(&mut block.body, lang);
    }
    for def in template.macros.values_mut() {
        fold_body(&mut def.body, lang);
    }
}

fn fold_body(body: &mut Vec<Node>, lang: Lang) {
    for node in body.iter_mut() {
        if let Some(text) = constant_text(node, lang) {
            *node = Node::Text(text);
            continue;
        }
        match node {
            Node::Block(_, block, _) => fold_body(&mut block.body, lang),
            Node::Forloop(_, f, _) => {
                fold_body(&mut f.body, lang);
                if let Some(empty) = &mut f.empty_body {
                    fold_body(empty, lang);
                }
            }
            Node::If(i, _) => {
                for (_, _, branch) in &mut i.conditions {
                    fold_body(branch, lang);
                }
                if let Some((_, branch)) = &mut i.otherwise {
                    fold_body(branch, lang);
                }
            }
            Node::FilterSection(_, f, _) => fold_body(&mut f.body, lang),
            Node::MacroDefinition(_, def, _) => fold_body(&mut def.body, lang),
            _ => {}
        }
    }
    // Text after text is written as one, and a comment writes nothing.
    let mut out: Vec<Node> = Vec::with_capacity(body.len());
    for node in body.drain(..) {
        match (out.last_mut(), node) {
            (_, Node::Comment(..)) => {}
            (Some(Node::Text(prev)), Node::Text(text)) => prev.push_str(&text),
            (_, node) => out.push(node),
        }
    }
    *body = out;
}

/// The text `node` writes on every page, when it is `{{ t(key="…") }}` with a key
/// vitae knows.
fn constant_text(node: &Node, lang: Lang) -> Option<String> {
    let Node::VariableBlock(_, expr) = node else {
        return None;
    };
    let Expr {
        val: ExprVal::FunctionCall(call),
        negated: false,
        filters,
    } = expr
    else {
        return None;
    };
    if call.name != "t" || !filters.is_empty() || call.args.len() != 1 {
        return None;
    }
    let Some(Expr {
        val: ExprVal::String(key),
        negated: false,
        filters,
    }) = call.args.get("key")
    else {
        return None;
    };
    if !filters.is_empty() {
        return None;
    }
    i18n::word(lang, key).map(escape_html)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::Arc;

    use tera::Context;

    use crate::render::filters::new_tera;
    use crate::render::Markdown;

    /// A template renders the same text folded as Tera renders it unfolded.
    #[test]
    fn folding_keeps_what_a_page_renders() {
        let source =
            "{# note #}<a>{{ t(key=\"work\") }}</a>{%- if x %} {{ t(key='home') }}{% endif %}\
                      {% for i in [1, 2] %}{{ t(key=\"summary\") }}{{ i }}{% endfor %}\
                      {% block b %}{{ t(key=\"skills\") | upper }}{% endblock b %}";
        for lang in ["en", "fr", "zh"] {
            let lang = Lang::from_tag(lang);
            let render = |folded: bool| {
                let mut tera = new_tera(lang, Arc::new(Markdown::new()));
                let mut template = Template::new("page.html", None, source).unwrap();
                if folded {
                    fold(&mut template, lang);
                }
                tera.templates.insert("page.html".into(), template);
                tera.build_inheritance_chains().unwrap();
                let mut ctx = Context::new();
                ctx.insert("x", &true);
                tera.render("page.html", &ctx)
            };
            assert_eq!(render(true).unwrap(), render(false).unwrap());
        }
        let mut template = Template::new("p.html", None, "a{# c #}{{ t(key=\"work\") }}b").unwrap();
        fold(&mut template, Lang::from_tag("en"));
        assert_eq!(template.ast, vec![Node::Text("aExperienceb".into())]);
        // A key vitae does not know is left to fail when a page renders it.
        let mut template = Template::new("p.html", None, "{{ t(key=\"nope\") }}").unwrap();
        fold(&mut template, Lang::from_tag("en"));
        assert!(matches!(template.ast[..], [Node::VariableBlock(..)]));
    }
}
