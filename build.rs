//! Build-time work on the built-in themes, which are embedded with `include_dir!`.
//!
//! Takes the repo's `themes/`; gives `$OUT_DIR/parsed_templates.rs`, every built-in
//! template's Tera syntax tree as Rust code that builds it (with the source it came
//! from, so the program uses a tree only for exactly that text), and reruns when a
//! theme changes (`include_dir!` cannot tell Cargo which files it read on stable
//! Rust). Parsing templates was a third of a one-person site's build; building the
//! same tree from code costs a small fraction of that. A template that does not parse
//! is left out: the program then parses it itself and reports the error. It does not
//! decide which templates a build uses (src/render/compile.rs does).

use std::collections::HashMap;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use tera::ast::{Expr, ExprVal, FunctionCall, Node, WS};

fn main() {
    println!("cargo:rerun-if-changed=themes");
    let mut files = Vec::new();
    let themes = Path::new("themes");
    if let Ok(dirs) = std::fs::read_dir(themes) {
        for dir in dirs.flatten() {
            collect(&dir.path().join("templates"), &mut files);
        }
    }
    files.sort();
    let mut code = String::from("pub(super) static PARSED: &[(&str, Tree)] = &[\n");
    let mut bodies = String::new();
    let mut seen: HashMap<String, usize> = HashMap::new();
    for path in files {
        let Ok(source) = std::fs::read_to_string(&path) else {
            continue;
        };
        if seen.contains_key(&source) {
            continue;
        }
        let Ok(template) = tera::Template::new("built-in", None, &source) else {
            continue;
        };
        let n = seen.len();
        seen.insert(source.clone(), n);
        let _ = writeln!(code, "    ({source:?}, t{n}),");
        let _ = writeln!(
            bodies,
            "fn t{n}() -> Vec<Node> {{\n    {}\n}}",
            nodes(&template.ast)
        );
    }
    code.push_str("];\n\n");
    code.push_str(&bodies);
    let out = PathBuf::from(std::env::var_os("OUT_DIR").expect("OUT_DIR is set by Cargo"));
    std::fs::write(out.join("parsed_templates.rs"), code).expect("writing OUT_DIR");
}

/// Every non-hidden file under `dir`, recursively.
fn collect(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if entry.file_name().to_string_lossy().starts_with('.') {
            continue;
        }
        if path.is_dir() {
            collect(&path, out);
        } else {
            out.push(path);
        }
    }
}

// Each function below writes the Rust expression that builds one kind of tree part,
// with the helpers of src/render/parsed.rs (`s`, `ws`, `e`, `map`).

fn nodes(list: &[Node]) -> String {
    let items: Vec<String> = list.iter().map(node).collect();
    format!("vec![{}]", items.join(", "))
}

fn string(v: &str) -> String {
    format!("s({v:?})")
}

fn strings(list: &[String]) -> String {
    let items: Vec<String> = list.iter().map(|s| string(s)).collect();
    format!("vec![{}]", items.join(", "))
}

fn ws(w: &WS) -> String {
    format!("ws({}, {})", w.left, w.right)
}

fn opt<T>(v: &Option<T>, f: impl Fn(&T) -> String) -> String {
    match v {
        Some(x) => format!("Some({})", f(x)),
        None => "None".into(),
    }
}

fn node(n: &Node) -> String {
    match n {
        Node::Super => "Node::Super".into(),
        Node::Text(t) => format!("Node::Text({})", string(t)),
        Node::VariableBlock(w, x) => format!("Node::VariableBlock({}, {})", ws(w), expr(x)),
        Node::MacroDefinition(a, m, b) => format!(
            "Node::MacroDefinition({}, MacroDefinition {{ name: {}, args: map(vec![{}]), body: {} }}, {})",
            ws(a),
            string(&m.name),
            sorted(&m.args)
                .iter()
                .map(|(k, v)| format!("({}, {})", string(k), opt(v, expr)))
                .collect::<Vec<_>>()
                .join(", "),
            nodes(&m.body),
            ws(b)
        ),
        Node::Extends(w, name) => format!("Node::Extends({}, {})", ws(w), string(name)),
        Node::Include(w, names, ignore) => {
            format!("Node::Include({}, {}, {ignore})", ws(w), strings(names))
        }
        Node::ImportMacro(w, file, ns) => {
            format!("Node::ImportMacro({}, {}, {})", ws(w), string(file), string(ns))
        }
        Node::Set(w, set) => format!(
            "Node::Set({}, Set {{ key: {}, value: {}, global: {} }})",
            ws(w),
            string(&set.key),
            expr(&set.value),
            set.global
        ),
        Node::Raw(a, text, b) => format!("Node::Raw({}, {}, {})", ws(a), string(text), ws(b)),
        Node::FilterSection(a, f, b) => format!(
            "Node::FilterSection({}, FilterSection {{ filter: {}, body: {} }}, {})",
            ws(a),
            call(&f.filter),
            nodes(&f.body),
            ws(b)
        ),
        Node::Block(a, block, b) => format!(
            "Node::Block({}, Block {{ name: {}, body: {} }}, {})",
            ws(a),
            string(&block.name),
            nodes(&block.body),
            ws(b)
        ),
        Node::Forloop(a, f, b) => format!(
            "Node::Forloop({}, Forloop {{ key: {}, value: {}, container: {}, body: {}, empty_body: {} }}, {})",
            ws(a),
            opt(&f.key, |k| string(k)),
            string(&f.value),
            expr(&f.container),
            nodes(&f.body),
            opt(&f.empty_body, |b| nodes(b)),
            ws(b)
        ),
        Node::If(i, w) => format!(
            "Node::If(If {{ conditions: vec![{}], otherwise: {} }}, {})",
            i.conditions
                .iter()
                .map(|(w, x, body)| format!("({}, {}, {})", ws(w), expr(x), nodes(body)))
                .collect::<Vec<_>>()
                .join(", "),
            opt(&i.otherwise, |(w, body)| format!("({}, {})", ws(w), nodes(body))),
            ws(w)
        ),
        Node::Break(w) => format!("Node::Break({})", ws(w)),
        Node::Continue(w) => format!("Node::Continue({})", ws(w)),
        Node::Comment(w, text) => format!("Node::Comment({}, {})", ws(w), string(text)),
    }
}

/// A map's entries in a fixed order, so the generated code is the same on every build.
fn sorted<V>(m: &HashMap<String, V>) -> Vec<(&String, &V)> {
    let mut v: Vec<(&String, &V)> = m.iter().collect();
    v.sort_by(|a, b| a.0.cmp(b.0));
    v
}

fn expr(x: &Expr) -> String {
    let filters: Vec<String> = x.filters.iter().map(call).collect();
    format!(
        "e({}, {}, vec![{}])",
        val(&x.val),
        x.negated,
        filters.join(", ")
    )
}

fn exprs(list: &[Expr]) -> String {
    let items: Vec<String> = list.iter().map(expr).collect();
    format!("vec![{}]", items.join(", "))
}

fn call(f: &FunctionCall) -> String {
    format!(
        "FunctionCall {{ name: {}, args: {} }}",
        string(&f.name),
        args(&f.args)
    )
}

fn args(m: &HashMap<String, Expr>) -> String {
    let items: Vec<String> = sorted(m)
        .iter()
        .map(|(k, v)| format!("({}, {})", string(k), expr(v)))
        .collect();
    format!("map(vec![{}])", items.join(", "))
}

fn val(v: &ExprVal) -> String {
    match v {
        ExprVal::String(s) => format!("ExprVal::String({})", string(s)),
        ExprVal::Int(i) => format!("ExprVal::Int({i}i64)"),
        ExprVal::Float(f) => format!("ExprVal::Float(f64::from_bits({:#x}))", f.to_bits()),
        ExprVal::Bool(b) => format!("ExprVal::Bool({b})"),
        ExprVal::Ident(s) => format!("ExprVal::Ident({})", string(s)),
        ExprVal::Math(m) => format!(
            "ExprVal::Math(MathExpr {{ lhs: Box::new({}), rhs: Box::new({}), operator: MathOperator::{:?} }})",
            expr(&m.lhs),
            expr(&m.rhs),
            m.operator
        ),
        ExprVal::Logic(l) => format!(
            "ExprVal::Logic(LogicExpr {{ lhs: Box::new({}), rhs: Box::new({}), operator: LogicOperator::{:?} }})",
            expr(&l.lhs),
            expr(&l.rhs),
            l.operator
        ),
        ExprVal::Test(t) => format!(
            "ExprVal::Test(Test {{ ident: {}, negated: {}, name: {}, args: {} }})",
            string(&t.ident),
            t.negated,
            string(&t.name),
            exprs(&t.args)
        ),
        ExprVal::MacroCall(m) => format!(
            "ExprVal::MacroCall(MacroCall {{ namespace: {}, name: {}, args: {} }})",
            string(&m.namespace),
            string(&m.name),
            args(&m.args)
        ),
        ExprVal::FunctionCall(f) => format!("ExprVal::FunctionCall({})", call(f)),
        ExprVal::Array(items) => format!("ExprVal::Array({})", exprs(items)),
        ExprVal::StringConcat(c) => {
            let items: Vec<String> = c.values.iter().map(val).collect();
            format!(
                "ExprVal::StringConcat(StringConcat {{ values: vec![{}] }})",
                items.join(", ")
            )
        }
        ExprVal::In(i) => format!(
            "ExprVal::In(In {{ lhs: Box::new({}), rhs: Box::new({}), negated: {} }})",
            expr(&i.lhs),
            expr(&i.rhs),
            i.negated
        ),
    }
}
