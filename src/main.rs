//! The `vitae` command line: a thin layer over the library.
//! Every error is printed once, with its hint, and exits with status 1.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};

mod cli;
mod parse_cmd;

use parse_cmd::parse;

#[derive(Parser)]
#[command(
    name = "vitae",
    version,
    about = "Résumé portfolios: parse, merge, render, build, serve"
)]
struct Cli {
    /// The site's folder (where site.yaml and content/ are) [default: the current
    /// folder]; for build, serve, show and check, which also take it after their name.
    // Not a global option: init, parse and schema do not read a site, so their help
    // does not offer it and they refuse it after their name.
    #[arg(short, long, value_name = "DIR")]
    root: Option<PathBuf>,
    #[command(subcommand)]
    command: Command,
}

/// `--root` for the commands that read a site.
#[derive(clap::Args)]
struct SiteRoot {
    /// The site's folder (where site.yaml and content/ are) [default: the current folder].
    #[arg(short, long, value_name = "DIR")]
    root: Option<PathBuf>,
}

#[derive(Subcommand)]
enum Command {
    /// Build the site into a folder (public/ by default).
    Build {
        /// Where to write the site [default: ROOT/public]. Only changed files are
        /// written there, so it must be missing, empty, or an earlier output of vitae (it
        /// holds a .vitae-output file); anything else is refused, and so are the site's
        /// own folders, a folder holding the site or your home folder, and a symbolic link.
        #[arg(short, long, value_name = "DIR")]
        output: Option<PathBuf>,
        /// The address the site will be served at, instead of site.yaml's base_url
        /// (an http:// or https:// URL, e.g. https://example.org/cv/; "" for none).
        #[arg(long, value_name = "URL")]
        base_url: Option<String>,
        #[command(flatten)]
        site: SiteRoot,
        /// Also print each person's page to <slug>/<slug>.pdf with Chromium or Chrome
        /// (as `pdf: true` in site.yaml does).
        #[arg(long)]
        pdf: bool,
        /// The browser to print PDFs with, when --pdf or site.yaml's `pdf: true` asks
        /// for them [default: chromium, chromium-browser or google-chrome, the first
        /// found on PATH].
        #[arg(long, value_name = "PATH")]
        browser: Option<PathBuf>,
        /// Read, render and write everything anew, without the cache of parsed résumés
        /// (in .vitae-cache/) and without skipping unchanged people or files.
        #[arg(long)]
        no_cache: bool,
        /// Print the time of each stage (read, merge, render, write) on one line.
        #[arg(long)]
        timings: bool,
    },
    /// Remove the site's cache (.vitae-cache/) and the files vitae wrote into the
    /// output; files vitae did not write are left where they are.
    Clean {
        /// The output folder to clean [default: ROOT/public].
        #[arg(short, long, value_name = "DIR")]
        output: Option<PathBuf>,
        #[command(flatten)]
        site: SiteRoot,
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
        /// Print each person's page to <slug>/<slug>.pdf with Chromium, as `build --pdf`
        /// does (also on with `pdf: true` in site.yaml); an edited person's PDF is
        /// printed again in the background, after the page has reloaded.
        #[arg(long)]
        pdf: bool,
        #[command(flatten)]
        site: SiteRoot,
    },
    /// Parse one résumé file and print it as JSON Resume.
    Parse {
        /// The résumé file. Read by its extension: .json is JSON Resume, .yaml/.yml
        /// JSON Resume in YAML, .docx a Word document, .pdf a PDF, .zip (or a folder)
        /// LinkedIn's data export, anything else text (plain, Markdown, LaTeX, Org,
        /// reStructuredText, AsciiDoc), in any common encoding.
        file: PathBuf,
        /// How to print the résumé read (JSON Resume either way).
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
        /// How to print the résumé (JSON Resume either way).
        #[arg(long, value_enum, default_value_t = Format::Json)]
        format: Format,
        #[command(flatten)]
        site: SiteRoot,
    },
    /// Validate the site without writing anything; reports every problem at once.
    Check {
        #[command(flatten)]
        site: SiteRoot,
    },
    /// Create a new one-person site in DIR; with --ci, also a workflow that publishes it
    /// (in a folder that already has a site.yaml, only the workflow).
    Init {
        /// The folder to create the site in: a new one, or an empty one. With --ci, a
        /// folder that has a site.yaml gets only the workflow.
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
    /// GitHub Pages (.github/workflows/pages.yml).
    Github,
}

#[derive(Clone, Copy, ValueEnum)]
enum Format {
    /// JSON, as in resume.json.
    Json,
    /// YAML, as in a resume.yaml.
    Yaml,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(cli) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            cli::report(&e);
            ExitCode::from(1)
        }
    }
}

fn run(cli: Cli) -> anyhow::Result<()> {
    let top_root = cli.root;
    // The folder of the site a command reads: given after the command's name, else before it.
    let root = |site: SiteRoot| {
        site.root
            .or_else(|| top_root.clone())
            .unwrap_or_else(|| PathBuf::from("."))
    };
    match cli.command {
        Command::Parse {
            file,
            format,
            explain,
        } => parse(&file, format, explain),
        Command::Build {
            output,
            base_url,
            pdf,
            browser,
            site,
            no_cache,
            timings,
        } => {
            let root = root(site);
            let base_url = match base_url {
                Some(url) => Some(vitae::site::base_url_option(&url)?),
                None => None,
            };
            let opts = vitae::build::BuildOptions {
                base_url,
                pdf: pdf.then_some(true),
                browser,
                pdf_later: false,
                no_cache,
                progress: true,
            };
            let output = output.unwrap_or_else(|| vitae::build::default_output(&root));
            cli::build(&root, &output, &opts, timings)
        }
        Command::Clean { output, site } => {
            let root = root(site);
            let output = output.unwrap_or_else(|| vitae::build::default_output(&root));
            cli::clean(&root, &output)
        }
        Command::Show { slug, format, site } => {
            let resume = vitae::build::show_person(&root(site), &slug)?;
            print_stdout(&to_text(&resume, format)?)
        }
        Command::Check { site } => {
            let checked = vitae::build::check_site(&root(site))?;
            for line in &checked.read {
                eprintln!("{line}");
            }
            for w in &checked.warnings {
                eprintln!("warning: {w}");
            }
            eprintln!("site is valid ({} warnings)", checked.warnings.len());
            Ok(())
        }
        Command::Init { dir, ci } => {
            let existing = ci.is_some() && dir.join("site.yaml").is_file();
            if !existing {
                vitae::init::init_site(&dir)?;
                eprintln!(
                    "created a new site in {0}; next: cd {0} && vitae serve",
                    dir.display()
                );
            }
            if let Some(CiService::Github) = ci {
                let path = vitae::init::write_ci(&dir, vitae::init::Ci::GitHub)?;
                eprintln!(
                    "wrote {}; then on GitHub: Settings → Pages → Source: GitHub Actions",
                    path.display()
                );
                if vitae::init::workflow(vitae::init::Ci::GitHub)
                    .contains(vitae::init::REPOSITORY_PLACEHOLDER)
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
        Command::Serve {
            port,
            bind,
            open,
            pdf,
            site,
        } => {
            let opts = vitae::serve::ServeOptions {
                root: root(site),
                port,
                bind,
                open,
                pdf,
            };
            Ok(vitae::serve::serve(opts)?)
        }
    }
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
