//! Splits a command line into words the way a POSIX shell does for the AWS CLI:
//! single quotes keep everything, double quotes allow `\"` and `\\`, a backslash
//! outside quotes escapes the next character, whitespace separates words.

/// The words of `line`, or a message naming what is unbalanced.
pub fn split(line: &str) -> Result<Vec<String>, String> {
    let mut words = Vec::new();
    let mut cur = String::new();
    let mut in_word = false;
    let mut chars = line.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\'' => {
                in_word = true;
                loop {
                    match chars.next() {
                        Some('\'') => break,
                        Some(ch) => cur.push(ch),
                        None => return Err("unterminated single quote".into()),
                    }
                }
            }
            '"' => {
                in_word = true;
                loop {
                    match chars.next() {
                        Some('"') => break,
                        Some('\\') => match chars.next() {
                            Some(ch @ ('"' | '\\' | '$' | '`')) => cur.push(ch),
                            Some('\n') => {}
                            Some(ch) => {
                                cur.push('\\');
                                cur.push(ch);
                            }
                            None => return Err("unterminated double quote".into()),
                        },
                        Some(ch) => cur.push(ch),
                        None => return Err("unterminated double quote".into()),
                    }
                }
            }
            '\\' => {
                in_word = true;
                match chars.next() {
                    Some('\n') => {}
                    Some(ch) => cur.push(ch),
                    None => {}
                }
            }
            c if c.is_whitespace() => {
                if in_word {
                    words.push(std::mem::take(&mut cur));
                    in_word = false;
                }
            }
            c => {
                in_word = true;
                cur.push(c);
            }
        }
    }
    if in_word {
        words.push(cur);
    }
    Ok(words)
}

#[cfg(test)]
mod tests {
    use super::split;

    #[test]
    fn quoting_like_a_shell() {
        assert_eq!(
            split(r#"aws sqs send-message --message-body "hello world" --x 'a "b"' c\ d"#).unwrap(),
            vec![
                "aws",
                "sqs",
                "send-message",
                "--message-body",
                "hello world",
                "--x",
                "a \"b\"",
                "c d"
            ]
        );
        assert_eq!(
            split(r#"--b "{\"k\": 1}""#).unwrap(),
            vec!["--b", "{\"k\": 1}"]
        );
        assert_eq!(split("''").unwrap(), vec![""]);
        assert!(split("'open").is_err());
        assert!(split("\"open").is_err());
        assert_eq!(split("   ").unwrap(), Vec::<String>::new());
    }
}
