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

fn body(src: &str) -> String {
    text(&format!("\\begin{{document}}\n{src}\n\\end{{document}}\n"))
}

#[test]
fn moderncv_personal_data_heads_the_document() {
    let t = text(
        "\\documentclass{moderncv}\n\\name{Ada}{Quill}\n\\title{Baker}\n\\email{ada@example.org}\n\\social[github]{aquill}\n\\begin{document}\n\\makecvtitle\n\\section{Work}\n\\end{document}\n",
    );
    assert_eq!(
        t,
        "Ada Quill\nBaker\nada@example.org\ngithub.com/aquill\n## Work\n"
    );
}

#[test]
fn moderncv_entries_and_items() {
    let t = text(
        "\\documentclass{moderncv}\n\\begin{document}\n\\cventry{2019--2021}{Baker}{Crumb \\& Co}{Leeds}{}{Bread daily.}\n\\cvitem{Tools}{Oven, \\emph{peel}}\n\\cvitem{2018}{Prize}\n\\cvlistitem{Sourdough}\n\\end{document}\n",
    );
    assert_eq!(
        t,
        "**Baker** — Crumb & Co, Leeds    2019–2021\nBread daily.\nTools: Oven, *peel*\nPrize    2018\n- Sourdough\n"
    );
}

#[test]
fn awesome_altacv_europass_friggeri_entries() {
    let awesome = text("\\documentclass{awesome-cv}\n\\begin{document}\n\\cventry{Chef}{Bistro}{Lyon}{2020 -- 2022}{\\begin{cvitems}\\item{Menus}\\end{cvitems}}\n\\end{document}\n");
    assert_eq!(awesome, "**Chef** — Bistro, Lyon    2020 – 2022\n- Menus\n");
    assert_eq!(
        body("\\cvevent{Chef}{Bistro}{2020}{Lyon}\\cvtag{Rust} \\cvtag{Go}"),
        "**Chef** — Bistro, Lyon    2020\nRust, Go\n"
    );
    assert_eq!(
        body("\\ecvtitle{2019 -- 2020}{Clerk}\n\\ecvitem{}{Town Hall}"),
        "**Clerk**    2019 – 2020\nTown Hall\n"
    );
    assert_eq!(
        body("\\begin{entrylist}\\entry{2019}{MSc}{Uni Oslo}{Thesis.}\\end{entrylist}"),
        "**MSc** — Uni Oslo    2019\nThesis.\n"
    );
}

#[test]
fn document_macros_are_expanded_or_read_in_order() {
    let t = body(
        "\\newcommand{\\role}[2]{\\textbf{#1} \\hfill #2 \\\\}\n\\role{Baker}{2020}\n\\newcommand{\\odd}[2]{\\ifx#1\\else#2\\fi}\n\\odd{A}{B}",
    );
    assert_eq!(t, "**Baker**    2020\nA    B\n");
}

#[test]
fn lists_nest_and_labels_show() {
    let t = body(
        "\\begin{itemize}\n\\item One\n\\begin{enumerate}\\item Two\\end{enumerate}\n\\item[$-$] Three\n\\end{itemize}\n\\begin{description}\\item[Tools] Git\\end{description}\n\\begin{itemize}[label={}]\\item Bare\\end{itemize}",
    );
    assert_eq!(t, "- One\n  - Two\n- Three\n**Tools** Git\nBare\n");
}

#[test]
fn tables_give_one_line_a_row() {
    let t = body("\\begin{tabular}{ll}\n2019 & Baker \\\\ \\hline\n2020 & \\multicolumn{1}{l}{Chef} \\\\\n\\end{tabular}");
    assert_eq!(t, "2019    Baker\n2020    Chef\n");
}

#[test]
fn characters_and_links() {
    let t = body("Ren\\'ee D\\\"urr, {\\\"u}ber \\c{c}a \\ss{} --- 5\\% \\& \\$3 a\\_b\\#1~ok\n\n\\href{https://x.org/a}{Site} \\url{http://y.org/~me} \\href{mailto:a@b.org}{a@b.org}");
    assert_eq!(
        t,
        "Renée Dürr, über ça ß — 5% & $3 a_b#1 ok\n\n[Site](https://x.org/a) http://y.org/~me a@b.org\n"
    );
}

#[test]
fn layout_is_dropped_and_unknown_macros_keep_their_text() {
    let t =
        body("\\vspace{4pt}\\small\\centering\\faGithub\\ \\color{red}Text \\mystery{one}{two}");
    assert_eq!(t, "Text one    two\n");
}

#[test]
fn currvita_title_and_labels() {
    let t = body("\\begin{cv}{Ada Quill\\\\ada@example.org}\n\\begin{cvlist}{Work}\n\\item[2019--2020] Baker\n\\item[Tools] Oven\n\\end{cvlist}\n\\end{cv}");
    assert_eq!(
        t,
        "Ada Quill\nada@example.org\n## Work\nBaker    2019–2020\nTools    Oven\n"
    );
}

#[test]
fn every_line_is_placed_or_dropped_with_a_reason() {
    let src = "\\documentclass{article}\n\\newcommand{\\x}[1]{%\n  #1}\n\\begin{document}\n\\begin{itemize}\n\\item A\nstill A\n\\end{itemize}\n\\end{document}\nafter\n";
    let l = lower(src);
    assert_eq!(l.text, "- A still A\n");
    let why = |n: usize| l.dropped.iter().find(|d| d.0 == n).map(|d| d.1);
    assert_eq!(why(2), Some("ignored: LaTeX preamble"));
    assert_eq!(why(5), Some("ignored: LaTeX layout command"));
    assert_eq!(
        why(7),
        Some("continued: part of a LaTeX command on an earlier line")
    );
    assert_eq!(why(10), Some("ignored: after \\end{document}"));
    for n in 1..=10 {
        assert!(l.origin.contains(&n) || why(n).is_some(), "line {n}");
    }
}

#[test]
fn a_fragment_without_a_document_is_all_body() {
    assert_eq!(text("\\section{Skills}\nRust"), "## Skills\nRust\n");
}

#[test]
fn unknown_entry_commands_on_consecutive_lines_are_lines_of_their_own() {
    let t = body(
        "\\degreeline{M.Sc. Tidal Studies}{Kelda University}{2014 -- 2016}{}\n\\degreeline{B.Sc. Geography}{Kelda University}{2011 -- 2014}{}\nSome \\mystery{one} text",
    );
    assert_eq!(
        t,
        "M.Sc. Tidal Studies    Kelda University    2014 – 2016\nB.Sc. Geography    Kelda University    2011 – 2014\nSome one text\n"
    );
}

#[test]
fn resume_cls_sections_and_jobs() {
    assert_eq!(
        body("\\begin{rSection}{Work}\n\\begin{rSubsection}{Crumb \\& Co}{2019 -- 2021}{Baker}{Leeds}\n\\item Proved dough\n\\end{rSubsection}\n\\end{rSection}"),
        "## Work\n**Baker** — Crumb & Co, Leeds    2019 – 2021\n- Proved dough\n"
    );
}

#[test]
fn moderntimeline_entries_and_an_open_end() {
    assert_eq!(
        body("\\tlcventry{2019}{0}{Baker}{Crumb}{Leeds}{}{Proved dough.}\n\\tldatecventry{2016}{Pastry course}{Oven School}{York}{}{}"),
        "**Baker** — Crumb, Leeds    2019 –\nProved dough.\n**Pastry course** — Oven School, York    2016\n"
    );
}

#[test]
fn twentysecondcv_profile_fields() {
    let t = text(
        "\\documentclass{twentysecondcv}\n\\profilepic{me.jpg}\n\\cvname{Ada Quill}\n\\cvjobtitle{Baker}\n\\cvmail{ada@example.org}\n\\begin{document}\n\\makeprofile\n\\section{Work}\n\\end{document}\n",
    );
    assert_eq!(t, "Ada Quill\nBaker\nada@example.org\n## Work\n");
}

#[test]
fn deedy_runin_employer_title_and_location() {
    let t = text(
        "\\documentclass{deedy-resume-openfont}\n\\begin{document}\n\\namesection{Ada}{Quill}{ada@example.org | 555}\n\\section{Work}\n\\runsubsection{Crumb}\n\\descript{| Baker}\n\\location{2019 - Present | Leeds}\n\\begin{tightemize}\n\\item Proved dough\n\\end{tightemize}\n\\end{document}\n",
    );
    assert_eq!(
        t,
        "Ada Quill\nada@example.org | 555\n## Work\n**Crumb** | Baker\n2019 - Present | Leeds\n- Proved dough\n"
    );
    // Elsewhere (altacv's personal info) \location is the person's place.
    let alta = text("\\documentclass{altacv}\n\\name{Ada Quill}\n\\location{Leeds}\n\\begin{document}\n\\makecvheader\n\\end{document}\n");
    assert_eq!(alta, "Ada Quill\nLeeds\n");
}

#[test]
fn an_em_space_sets_fields_apart() {
    assert_eq!(
        body("BSc Baking \\quad Grade: 1.3\\\\\nAda~Quill"),
        "BSc Baking    Grade: 1.3\nAda Quill\n"
    );
}

#[test]
fn paragraph_breaks_stay_blank_lines_but_not_inside_arguments() {
    let t = body("\\section{Work}\nBaker, Crumb\n\n\nCook, Fern\n\\textbf{Tea\n\nroom}\n");
    assert_eq!(t, "## Work\nBaker, Crumb\n\nCook, Fern **Tea room**\n");
}

#[test]
fn a_subsection_over_entries_that_name_their_employer_is_a_group_label() {
    let l = lower("\\documentclass{moderncv}\n\\begin{document}\n\\section{Work}\n\\subsection{Internships}\n\\cventry{2019}{Intern}{Acme}{Leeds}{}{}\n\\subsection{Fernbrook Ltd}\n\\cventry{2020}{Baker}{}{}{}{}\n\\end{document}\n");
    assert!(!l.text.contains("Internships"));
    assert!(l.text.contains("### Fernbrook Ltd"));
    assert!(l.dropped.contains(&(
        4,
        "ignored: group label over entries that name their organisation"
    )));
}

#[test]
fn a_friggeri_header_in_lower_case_names_the_person_in_capitals() {
    let l = lower("\\documentclass{friggeri-cv}\n\\begin{document}\n\\header{ada}{quill-moreau}{baker}\n\\section{work}\n\\end{document}\n");
    assert!(l.text.starts_with("Ada Quill-Moreau\n"), "{}", l.text);
}

#[test]
fn class_entries_hint_the_fields_their_arguments_name() {
    let l = lower(
        "\\documentclass{moderncv}\n\\begin{document}\n\\cventry{seit 2020}{Ärztin}{Klinikum Nord}{}{Note 1,5}{Eine Beschreibung.}\n\\end{document}\n",
    );
    let h = &l.fields[0];
    assert_eq!(h.origin, 3);
    assert_eq!(
        (h.fields.title.as_str(), h.fields.org.as_str()),
        ("Ärztin", "Klinikum Nord")
    );
    // The place argument is empty and stays so; the grade is apart from it.
    assert_eq!(
        (h.fields.place.as_str(), h.fields.grade.as_str()),
        ("", "Note 1,5")
    );
    assert_eq!(h.fields.dates, "seit 2020");
    // friggeri's \entry only bounds its entry: authors vary what its arguments hold.
    let f = lower("\\begin{document}\n\\entry{2020}{Tutor}{Heidelberg}{Text}\n\\end{document}\n");
    assert!(f.fields[0].fields.bounds_only);
}
