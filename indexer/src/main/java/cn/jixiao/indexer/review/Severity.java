package cn.jixiao.indexer.review;

/**
 * How much a finding matters: an error must be fixed before the filing is accepted, a
 * warning needs a look, a note is advice. Chinese names ({@code 错误/警告/提示}) live in the
 * glossary.
 */
public enum Severity {

	ERROR, WARNING, NOTE

}
