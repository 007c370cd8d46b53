//! Scoring a parse against the gold data, following the rules of the real corpus'
//! `score.py` (see `../shared/corpus/README.md`): entries are aligned first (work by
//! organisation, position and start date; education by institution, degree and end
//! date; projects by name and start date), then every scored field of every aligned
//! pair is a true positive (right), or a false positive and/or false negative (wrong,
//! extra, missed). Unmatched entries count all their fields, so junk entries cost
//! precision. Skills are compared as a set of keywords, awards as a list of titles.
//!
//! One deliberate difference: where `score.py` accepts texts that are 85% similar, a
//! generated corpus knows the exact text, so a field counts only when it is equal after
//! trivial normalisation (case, whitespace, Markdown emphasis, dashes, quotes,
//! ligatures, edge punctuation; dates as ISO prefixes; phones by their last 10 digits).

use regex::Regex;
use std::collections::BTreeMap;
use std::sync::LazyLock;
use vitae::model::{Profile, Resume};

/// True positives, false positives, false negatives per key.
#[derive(Debug, Clone, Default)]
pub struct Tally {
    pub by: BTreeMap<String, [u64; 3]>,
}

impl Tally {
    pub fn add(&mut self, key: &str, tp: u64, fp: u64, fn_: u64) {
        let t = self.by.entry(key.to_string()).or_default();
        t[0] += tp;
        t[1] += fp;
        t[2] += fn_;
    }

    pub fn merge(&mut self, other: &Tally) {
        for (k, [tp, fp, fn_]) in &other.by {
            self.add(k, *tp, *fp, *fn_);
        }
    }

    pub fn total(&self) -> [u64; 3] {
        self.by
            .values()
            .fold([0; 3], |a, t| [a[0] + t[0], a[1] + t[1], a[2] + t[2]])
    }

    /// F1 of one key, `None` when the key never occurred.
    pub fn f1_of(&self, key: &str) -> Option<f64> {
        self.by.get(key).map(|t| prf(*t).2)
    }

    pub fn f1(&self) -> f64 {
        prf(self.total()).2
    }
}

/// Precision, recall, F1 (1.0 for an empty denominator, like `score.py`).
pub fn prf([tp, fp, fn_]: [u64; 3]) -> (f64, f64, f64) {
    let p = if tp + fp > 0 {
        tp as f64 / (tp + fp) as f64
    } else {
        1.0
    };
    let r = if tp + fn_ > 0 {
        tp as f64 / (tp + fn_) as f64
    } else {
        1.0
    };
    let f = if p + r > 0.0 {
        2.0 * p * r / (p + r)
    } else {
        0.0
    };
    (p, r, f)
}

/// One wrong, missed or extra value.
#[derive(Debug, Clone)]
pub struct Miss {
    /// `section.field`, e.g. `work.position`, or `work` for a whole entry.
    pub field: String,
    pub kind: &'static str,
    pub want: String,
    pub got: String,
}

/// The result of scoring one parse: per section (as `score.py` reports), per field,
/// and the list of misses.
#[derive(Debug, Clone, Default)]
pub struct Scored {
    pub sections: Tally,
    pub fields: Tally,
    pub misses: Vec<Miss>,
}

impl Scored {
    fn add(&mut self, section: &str, field: &str, tp: u64, fp: u64, fn_: u64) {
        self.sections.add(section, tp, fp, fn_);
        self.fields.add(field, tp, fp, fn_);
    }

    fn miss(&mut self, field: &str, kind: &'static str, want: &str, got: &str) {
        self.misses.push(Miss {
            field: field.into(),
            kind,
            want: want.into(),
            got: got.into(),
        });
    }

    /// Score one field: both set and equal, both set and different, or one side only.
    fn field(
        &mut self,
        section: &str,
        field: &str,
        g: &str,
        p: &str,
        same: fn(&str, &str) -> bool,
    ) {
        match (!g.is_empty(), !p.is_empty()) {
            (true, true) if same(g, p) => self.add(section, field, 1, 0, 0),
            (true, true) => {
                self.add(section, field, 0, 1, 1);
                self.miss(field, "wrong", g, p);
            }
            (true, false) => {
                self.add(section, field, 0, 0, 1);
                self.miss(field, "missing", g, "");
            }
            (false, true) => {
                self.add(section, field, 0, 1, 0);
                self.miss(field, "extra", "", p);
            }
            (false, false) => {}
        }
    }
}

pub fn norm(s: &str) -> String {
    let mut t = String::with_capacity(s.len());
    for c in s
        .to_lowercase()
        .replace("**", "")
        .replace("__", "")
        .replace('`', "")
        .chars()
    {
        match c {
            '\u{2010}'..='\u{2015}' | '\u{2212}' => t.push('-'),
            '\u{2018}' | '\u{2019}' => t.push('\''),
            '\u{201c}' | '\u{201d}' => t.push('"'),
            '\u{fb00}' => t.push_str("ff"),
            '\u{fb01}' => t.push_str("fi"),
            '\u{fb02}' => t.push_str("fl"),
            '\u{fb03}' => t.push_str("ffi"),
            '\u{fb04}' => t.push_str("ffl"),
            c => t.push(c),
        }
    }
    let t = t.split_whitespace().collect::<Vec<_>>().join(" ");
    t.trim_matches(|c: char| " .,;:|-•*·\t".contains(c))
        .to_string()
}

fn norm_url(s: &str) -> String {
    let s = norm(s);
    let s = s
        .strip_prefix("https://")
        .or_else(|| s.strip_prefix("http://"))
        .unwrap_or(&s);
    let s = s.strip_prefix("www.").unwrap_or(s);
    s.trim_end_matches('/').to_string()
}

fn norm_phone(s: &str) -> String {
    let d: Vec<char> = s.chars().filter(char::is_ascii_digit).collect();
    d[d.len().saturating_sub(10)..].iter().collect()
}

/// A date as an ISO prefix (`2021-09`, `2021`); "" for none or "present".
pub fn norm_date(s: &str) -> String {
    let s = norm(s);
    if ["", "present", "now", "current", "today"].contains(&s.as_str()) {
        return String::new();
    }
    static ISO: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"^(\d{4})(?:-(\d{1,2}))?").unwrap());
    match ISO.captures(&s) {
        Some(c) => match c.get(2) {
            Some(m) => format!("{}-{:02}", &c[1], m.as_str().parse::<u32>().unwrap()),
            None => c[1].to_string(),
        },
        None => s,
    }
}

fn same_text(a: &str, b: &str) -> bool {
    norm(a) == norm(b)
}

/// Similarity in [0, 1] for aligning entries (not for judging fields).
fn ratio(a: Option<&String>, b: Option<&String>) -> f64 {
    let (a, b) = (norm(a.map_or("", |s| s)), norm(b.map_or("", |s| s)));
    match (a.is_empty(), b.is_empty()) {
        (true, true) => 1.0,
        (true, false) | (false, true) => 0.0,
        _ => strsim::normalized_levenshtein(&a, &b),
    }
}

fn opt(s: &Option<String>) -> &str {
    s.as_deref().unwrap_or("")
}

/// The fields of one entry of a section, flattened for scoring.
struct Entry {
    fields: Vec<(&'static str, String)>,
    highlights: Vec<String>,
}

const ALIGN_MIN: f64 = 0.45;

fn score_entries(
    s: &mut Scored,
    section: &str,
    gold: &[Entry],
    pred: &[Entry],
    key: impl Fn(&Entry, &Entry) -> f64,
    highlights: bool,
) {
    let mut pairs: Vec<(f64, usize, usize)> = Vec::new();
    for (gi, g) in gold.iter().enumerate() {
        for (pi, p) in pred.iter().enumerate() {
            pairs.push((key(g, p), gi, pi));
        }
    }
    pairs.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)).then(a.2.cmp(&b.2)));
    let (mut g_used, mut p_used, mut aligned) =
        (vec![false; gold.len()], vec![false; pred.len()], Vec::new());
    for (score, gi, pi) in pairs {
        if score < ALIGN_MIN || g_used[gi] || p_used[pi] {
            continue;
        }
        g_used[gi] = true;
        p_used[pi] = true;
        aligned.push((gi, pi));
    }
    aligned.sort();
    let hkey = format!("{section}.highlights");
    for (gi, pi) in aligned {
        let (g, p) = (&gold[gi], &pred[pi]);
        for ((name, gv), (_, pv)) in g.fields.iter().zip(&p.fields) {
            let key = format!("{section}.{name}");
            if name.ends_with("Date") {
                let (mut gv, mut pv) = (norm_date(gv), norm_date(pv));
                if section == "work" && *name == "endDate" {
                    gv = if gv.is_empty() { "present".into() } else { gv };
                    pv = if pv.is_empty() { "present".into() } else { pv };
                }
                s.field(section, &key, &gv, &pv, |a, b| a == b);
            } else {
                s.field(section, &key, gv, pv, same_text);
            }
        }
        if highlights {
            let (tp, extras, misses) = match_lists(&g.highlights, &p.highlights);
            s.add(&hkey, &hkey, tp, extras.len() as u64, misses.len() as u64);
            for m in misses {
                s.miss(&hkey, "missing", &m, "");
            }
            for x in extras {
                s.miss(&hkey, "extra", "", &x);
            }
        }
    }
    for g in gold
        .iter()
        .zip(&g_used)
        .filter(|(_, u)| !**u)
        .map(|(g, _)| g)
    {
        for (name, v) in &g.fields {
            let present = section == "work" && *name == "endDate";
            if !v.is_empty() || present {
                s.add(section, &format!("{section}.{name}"), 0, 0, 1);
            }
        }
        if highlights {
            s.add(&hkey, &hkey, 0, 0, g.highlights.len() as u64);
        }
        s.miss(section, "missed entry", &describe(g), "");
    }
    for p in pred
        .iter()
        .zip(&p_used)
        .filter(|(_, u)| !**u)
        .map(|(p, _)| p)
    {
        for (name, v) in &p.fields {
            if !v.is_empty() {
                s.add(section, &format!("{section}.{name}"), 0, 1, 0);
            }
        }
        if highlights {
            s.add(&hkey, &hkey, 0, p.highlights.len() as u64, 0);
        }
        s.miss(section, "extra entry", "", &describe(p));
    }
}

fn describe(e: &Entry) -> String {
    e.fields
        .iter()
        .filter(|(_, v)| !v.is_empty())
        .map(|(k, v)| format!("{k}={v:?}"))
        .collect::<Vec<_>>()
        .join(" ")
}

/// Greedy one-to-one matching of texts: (matched, extras, misses).
fn match_lists(gold: &[String], pred: &[String]) -> (u64, Vec<String>, Vec<String>) {
    let mut used = vec![false; pred.len()];
    let (mut tp, mut misses) = (0, Vec::new());
    for g in gold {
        match (0..pred.len()).find(|&i| !used[i] && same_text(g, &pred[i])) {
            Some(i) => {
                used[i] = true;
                tp += 1;
            }
            None => misses.push(g.clone()),
        }
    }
    let extras = pred
        .iter()
        .zip(&used)
        .filter(|(_, u)| !**u)
        .map(|(p, _)| p.clone())
        .collect();
    (tp, extras, misses)
}

fn profile_keys(profiles: &[Profile]) -> Vec<Vec<String>> {
    profiles
        .iter()
        .filter_map(|p| {
            let url = norm_url(opt(&p.url));
            let mut k = vec![
                url.clone(),
                norm(opt(&p.username)).trim_start_matches('@').to_string(),
            ];
            if let Some((_, last)) = url.rsplit_once('/') {
                k.push(last.to_string());
            }
            k.retain(|s| !s.is_empty());
            (!k.is_empty()).then_some(k)
        })
        .collect()
}

/// Score a parse (`pred`) against the gold data.
pub fn score(gold: &Resume, pred: &Resume) -> Scored {
    let mut s = Scored::default();
    let (gb, pb) = (&gold.basics, &pred.basics);
    s.field(
        "basics",
        "basics.name",
        opt(&gb.name),
        opt(&pb.name),
        same_text,
    );
    s.field(
        "basics",
        "basics.email",
        opt(&gb.email),
        opt(&pb.email),
        same_text,
    );
    s.field(
        "basics",
        "basics.phone",
        opt(&gb.phone),
        opt(&pb.phone),
        |a, b| norm_phone(a) == norm_phone(b),
    );
    s.field(
        "basics",
        "basics.url",
        opt(&gb.url),
        opt(&pb.url),
        |a, b| norm_url(a) == norm_url(b),
    );
    let city = |r: &Resume| {
        r.basics
            .location
            .as_ref()
            .and_then(|l| l.city.clone())
            .unwrap_or_default()
    };
    s.field(
        "basics",
        "basics.location",
        &city(gold),
        &city(pred),
        same_text,
    );
    let (gk, pk) = (profile_keys(&gb.profiles), profile_keys(&pb.profiles));
    let mut used = vec![false; pk.len()];
    for g in &gk {
        match (0..pk.len()).find(|&i| !used[i] && pk[i].iter().any(|k| g.contains(k))) {
            Some(i) => {
                used[i] = true;
                s.add("basics", "basics.profiles", 1, 0, 0);
            }
            None => {
                s.add("basics", "basics.profiles", 0, 0, 1);
                s.miss("basics.profiles", "missing", &g.join(" "), "");
            }
        }
    }
    for p in pk.iter().zip(&used).filter(|(_, u)| !**u).map(|(p, _)| p) {
        s.add("basics", "basics.profiles", 0, 1, 0);
        s.miss("basics.profiles", "extra", "", &p.join(" "));
    }

    let work = |r: &Resume| -> Vec<Entry> {
        r.work
            .iter()
            .map(|w| Entry {
                fields: vec![
                    ("name", opt(&w.name).into()),
                    ("position", opt(&w.position).into()),
                    ("location", opt(&w.location).into()),
                    ("startDate", opt(&w.start_date).into()),
                    ("endDate", opt(&w.end_date).into()),
                ],
                highlights: w.highlights.clone(),
            })
            .collect()
    };
    let date_eq = |a: &str, b: &str| (norm_date(a) == norm_date(b)) as u8 as f64;
    score_entries(
        &mut s,
        "work",
        &work(gold),
        &work(pred),
        |g, p| {
            0.5 * ratio(Some(&g.fields[0].1), Some(&p.fields[0].1))
                + 0.3 * ratio(Some(&g.fields[1].1), Some(&p.fields[1].1))
                + 0.2 * date_eq(&g.fields[3].1, &p.fields[3].1)
        },
        true,
    );

    let education = |r: &Resume| -> Vec<Entry> {
        r.education
            .iter()
            .map(|e| Entry {
                fields: vec![
                    ("institution", opt(&e.institution).into()),
                    ("studyType", opt(&e.study_type).into()),
                    ("area", opt(&e.area).into()),
                    ("startDate", opt(&e.start_date).into()),
                    ("endDate", opt(&e.end_date).into()),
                    ("score", opt(&e.score).into()),
                ],
                highlights: Vec::new(),
            })
            .collect()
    };
    score_entries(
        &mut s,
        "education",
        &education(gold),
        &education(pred),
        |g, p| {
            0.6 * ratio(Some(&g.fields[0].1), Some(&p.fields[0].1))
                + 0.2 * ratio(Some(&g.fields[1].1), Some(&p.fields[1].1))
                + 0.2 * date_eq(&g.fields[4].1, &p.fields[4].1)
        },
        false,
    );

    let projects = |r: &Resume| -> Vec<Entry> {
        r.projects
            .iter()
            .map(|p| Entry {
                fields: vec![
                    ("name", opt(&p.name).into()),
                    ("startDate", opt(&p.start_date).into()),
                    ("endDate", opt(&p.end_date).into()),
                ],
                highlights: p.highlights.clone(),
            })
            .collect()
    };
    score_entries(
        &mut s,
        "projects",
        &projects(gold),
        &projects(pred),
        |g, p| {
            0.8 * ratio(Some(&g.fields[0].1), Some(&p.fields[0].1))
                + 0.2 * date_eq(&g.fields[1].1, &p.fields[1].1)
        },
        true,
    );

    let skill_set = |r: &Resume| -> std::collections::BTreeSet<String> {
        r.skills
            .iter()
            .flat_map(|s| s.keywords.iter().map(|k| norm(k)))
            .filter(|k| !k.is_empty())
            .collect()
    };
    let (gs, ps) = (skill_set(gold), skill_set(pred));
    let tp = gs.intersection(&ps).count() as u64;
    s.add(
        "skills",
        "skills",
        tp,
        ps.difference(&gs).count() as u64,
        gs.difference(&ps).count() as u64,
    );
    for k in gs.difference(&ps) {
        s.miss("skills", "missing", k, "");
    }
    for k in ps.difference(&gs) {
        s.miss("skills", "extra", "", k);
    }

    let titles = |r: &Resume| -> Vec<String> {
        r.awards
            .iter()
            .filter_map(|a| a.title.clone())
            .filter(|t| !t.is_empty())
            .collect()
    };
    let (tp, extras, misses) = match_lists(&titles(gold), &titles(pred));
    s.add(
        "awards",
        "awards",
        tp,
        extras.len() as u64,
        misses.len() as u64,
    );
    for m in misses {
        s.miss("awards", "missing", &m, "");
    }
    for x in extras {
        s.miss("awards", "extra", "", &x);
    }
    s
}
