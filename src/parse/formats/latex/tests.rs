//! The LaTeX reader on small sources: what each construct lowers to.

use super::lower;

fn text(src: &str) -> String {
    lower(src).text
}

#[test]
fn comments_preamble_and_headings() {
    let l = lower("\\documentclass{article}\n% a note\n\\usepackage{x}\n\\begin{document}\n\\section{Work}\n50\\% done\n\\end{document}\n");
    assert_eq!(l.text, "## Work\n50% done\n");
    assert_eq!(l.origin, vec![5, 6]);
    assert!(l.dropped.contains(&(2, "ignored: LaTeX comment")));
    assert!(l.dropped.contains(&(3, "ignored: LaTeX preamble")));
}

#[test]
#[ignore]
fn dump() {
    // TEMP: developer aid
    let p = std::env::var("TEX").unwrap();
    let s = std::fs::read_to_string(p).unwrap();
    print!("{}", lower(&s).text);
}
