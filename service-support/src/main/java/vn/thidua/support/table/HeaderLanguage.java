package vn.thidua.support.table;

/** The language of an export's headers: Vietnamese unless the caller asks for English. */
public enum HeaderLanguage {
  VI,
  EN
}
