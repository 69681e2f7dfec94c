package vn.thidua.support.table;

import java.io.IOException;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.HttpOutputMessage;
import org.springframework.http.converter.AbstractHttpMessageConverter;
import org.springframework.http.converter.HttpMessageNotReadableException;

/** Writes the CSV and XLSX answers of {@link AnalystTable} to the response as they are made. */
public class TableExportConverter extends AbstractHttpMessageConverter<Object> {

  public TableExportConverter() {
    super(ExportFormat.CSV.mediaType(), ExportFormat.XLSX.mediaType());
  }

  @Override
  protected boolean supports(Class<?> type) {
    return TableExport.class.isAssignableFrom(type);
  }

  @Override
  protected Object readInternal(Class<?> type, HttpInputMessage input) {
    throw new HttpMessageNotReadableException("a table export is never read", input);
  }

  @Override
  protected void writeInternal(Object export, HttpOutputMessage output) throws IOException {
    ((TableExport) export).writeTo(output.getBody());
  }
}
