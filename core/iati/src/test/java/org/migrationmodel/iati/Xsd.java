package org.migrationmodel.iati;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/** Validates documents against the IATI 2.03 activities schema of the test resources. */
final class Xsd {
  private static Schema schema;

  private Xsd() {}

  private static synchronized Schema schema() throws SAXException {
    if (schema == null) {
      Path xsd = IatiReference.schema();
      SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
      schema = factory.newSchema(xsd.toFile());
    }
    return schema;
  }

  /** Every schema error in the document, each with its line; empty when it is valid. */
  static List<String> errors(byte[] document) throws IOException, SAXException {
    Validator validator = schema().newValidator();
    List<String> errors = new ArrayList<>();
    validator.setErrorHandler(
        new ErrorHandler() {
          @Override
          public void warning(SAXParseException e) {}

          @Override
          public void error(SAXParseException e) {
            errors.add("line " + e.getLineNumber() + ": " + e.getMessage());
          }

          @Override
          public void fatalError(SAXParseException e) {
            errors.add("line " + e.getLineNumber() + ": " + e.getMessage());
          }
        });
    validator.validate(new StreamSource(new ByteArrayInputStream(document)));
    return errors;
  }
}
