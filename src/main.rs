//! The `vitae` command line: a thin layer over the library.
//! Every error is printed once, with its hint, and exits with status 1.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};

use vitae::parse::{Markup, ResumeParser, SourceFormat};

#[derive(Parser)]
#[command(
    name = "vitae",
    version,
    about = "Résumé portfolios: parse, merge, render, build, serve"
)]
struct Cli {
    /// The site's folder (where site.yaml and content/ are).
    #[arg(short, long, global = true, default_value = ".")]
    root: PathBuf,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Build the site into a folder (public/ by default).
    Build {
        /// Where to write the site [default: ROOT/public].
        #[arg(short, long)]
        output: Option<PathBuf>,
        /// Override site.yaml's base_url.
        #[arg(long)]
        base_url: Option<String>,
    },
    /// Serve the site locally, rebuilding and reloading pages on change.
    Serve {
        /// Port to listen on; if taken, the first free one of the next ten (0: any free port).
        #[arg(short, long, default_value_t = 1111)]
        port: u16,
        /// Address to listen on; anything but loopback is reachable from other machines.
        #[arg(long, default_value = "127.0.0.1")]
        bind: String,
        /// Open the site in the default browser.
        #[arg(long)]
        open: bool,
    },
    /// Parse one résumé file and print it as JSON Resume.
    Parse {
        file: PathBuf,
        #[arg(long, value_enum, default_value_t = Format::Json)]
        format: Format,
        /// Print every source line with what it became, instead of the résumé.
        #[arg(long)]
        explain: bool,
    },
    /// Print one person's résumé as the site publishes it in resume.json: read,
    /// overrides merged, privacy applied for the web.
    Show {
        /// The person: their folder's name under content/.
        slug: String,
        /// Output format.
        #[arg(long, value_enum, default_value_t = Format::Json)]
        format: Format,
    },
    /// Validate the site without writing anything; reports every problem at once.
    Check,
    /// Create a new one-person site in DIR; with --ci, also a workflow that publishes it
    /// (in a folder that already has a site.yaml, only the workflow).
    Init {
        dir: PathBuf,
        /// Write a CI workflow that installs vitae, builds and publishes the site:
        /// github (GitHub Pages, .github/workflows/pages.yml).
        #[arg(long, value_enum)]
        ci: Option<CiService>,
    },
    /// Print the JSON Schema of a settings file, for editors that complete keys and
    /// flag typos (`vitae init` writes local copies under .vitae/schema/).
    Schema {
        /// Which file: site (site.yaml), overrides (overrides.yaml) or theme (theme.yaml).
        #[arg(value_parser = clap::builder::PossibleValuesParser::new(vitae::schema::names()))]
        name: String,
    },
}

#[derive(Clone, Copy, ValueEnum)]
enum CiService {
    Github,
}

#[derive(Clone, Copy, ValueEnum)]
enum Format {
    Json,
    Yaml,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(cli) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            report(&e);
            ExitCode::from(1)
        }
    }
}

fn report(e: &anyhow::Error) {
    match e.downcast_ref::<vitae::Error>() {
        Some(err) => eprint!("{}", err.report()),
        None => eprintln!("error: {e:#}"),
    }
}

fn run(cli: Cli) -> anyhow::Result<()> {
    match cli.command {
        Command::Parse {
            file,
            format,
            explain,
        } => parse(&file, format, explain),
        Command::Build { output, base_url } => {
            let base_url = match base_url {
                Some(url) => Some(vitae::site::base_url_option(&url)?),
                None => None,
            };
            let opts = vitae::build::BuildOptions { base_url };
            let output = output.unwrap_or_else(|| vitae::build::default_output(&cli.root));
            let report = vitae::build::build_site(&cli.root, &output, &opts)?;
            for note in &report.notes {
                eprintln!("note: {note}");
            }
            for warning in &report.warnings {
                eprintln!("warning: {warning}");
            }
            eprintln!(
                "built {} {} in {} ms → {}",
                report.people,
                if report.people == 1 {
                    "person"
                } else {
                    "people"
                },
                report.elapsed.as_millis(),
                output.display()
            );
            Ok(())
        }
        Command::Show { slug, format } => {
            let resume = vitae::build::show_person(&cli.root, &slug)?;
            print_stdout(&to_text(&resume, format)?)
        }
        Command::Check => {
            let warnings = vitae::site::check_site(&cli.root)?;
            for w in &warnings {
                eprintln!("warning: {w}");
            }
            eprintln!("site is valid ({} warnings)", warnings.len());
            Ok(())
        }
        Command::Init { dir, ci } => {
            let existing = ci.is_some() && dir.join("site.yaml").is_file();
            if !existing {
                vitae::site::init_site(&dir)?;
                eprintln!(
                    "created a new site in {0}; next: cd {0} && vitae serve",
                    dir.display()
                );
            }
            if let Some(CiService::Github) = ci {
                let path = vitae::site::write_ci(&dir, vitae::site::Ci::GitHub)?;
                eprintln!(
                    "wrote {}; then on GitHub: Settings → Pages → Source: GitHub Actions",
                    path.display()
                );
                if vitae::site::workflow(vitae::site::Ci::GitHub)
                    .contains(vitae::site::REPOSITORY_PLACEHOLDER)
                {
                    eprintln!("set VITAE_GIT in it to the git repository vitae is installed from");
                }
            }
            Ok(())
        }
        Command::Schema { name } => {
            let file = vitae::schema::SchemaFile::from_name(&name)
                .ok_or_else(|| anyhow::anyhow!("no schema `{name}`"))?;
            print_stdout(&file.text())
        }
        Command::Serve { port, bind, open } => {
            let opts = vitae::serve::ServeOptions {
                root: cli.root,
                port,
                bind,
                open,
            };
            Ok(vitae::serve::serve(opts)?)
        }
    }
}

fn parse(file: &std::path::Path, format: Format, explain: bool) -> anyhow::Result<()> {
    let parser = ResumeParser::new();
    let (text, encoding) = vitae::parse::read_text_encoding(file)?;
    // Any file name goes: an unknown extension is read as plain text, like the corpus' `.txt`.
    let fmt = SourceFormat::from_path(file).unwrap_or(SourceFormat::Text(Markup::Plain));
    let out = if explain {
        let SourceFormat::Text(markup) = fmt else {
            anyhow::bail!(
                "{}: --explain shows how vitae reads a text résumé ({}); \
                 JSON Resume and YAML are taken as they are",
                file.display(),
                Markup::EXTENSIONS
            );
        };
        let (_, notes) = parser.explain_as(&text, markup);
        // Say so when the file was not UTF-8, so a wrong guess is easy to spot.
        let note = encoding.map(|e| format!("note: read as {e} (the file is not UTF-8)\n"));
        note.into_iter()
            .chain(notes.iter().map(explain_line))
            .collect()
    } else {
        let resume = vitae::parse::parse_str(file, &text, fmt, &parser)?;
        to_text(&resume, format)?
    };
    print_stdout(&out)
}

/// A résumé as `--format` asks, ending with a newline.
fn to_text(resume: &vitae::Resume, format: Format) -> anyhow::Result<String> {
    let mut out = match format {
        Format::Json => serde_json::to_string_pretty(resume)?,
        Format::Yaml => serde_yaml::to_string(resume)?,
    };
    if !out.ends_with('\n') {
        out.push('\n');
    }
    Ok(out)
}

/// One `--explain` line: number, what the line became, the line. A role too long for
/// its column goes on a line of its own, so the source text stays aligned.
fn explain_line(n: &vitae::parse::LineNote) -> String {
    const ROLE: usize = 30;
    if n.text.trim().is_empty() && n.role.is_empty() {
        format!("{:>4}\n", n.line)
    } else if n.role.chars().count() <= ROLE {
        format!("{:>4}  {:<ROLE$}  {}\n", n.line, n.role, n.text)
    } else {
        format!(
            "{:>4}  {}\n      {:<ROLE$}  {}\n",
            n.line, n.role, "", n.text
        )
    }
}

/// Writes to stdout; a closed pipe (`vitae parse … | head`) is not an error.
fn print_stdout(text: &str) -> anyhow::Result<()> {
    use std::io::Write;
    let mut stdout = std::io::stdout().lock();
    match stdout
        .write_all(text.as_bytes())
        .and_then(|()| stdout.flush())
    {
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
        other => Ok(other?),
    }
}
