package org.migrationmodel.examples;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.migrationmodel.fixtures.SampleProgrammes;
import org.migrationmodel.json.MigrationModelModule;
import org.migrationmodel.programme.Programme;
import org.migrationmodel.taxonomy.Activity;

/** Example: teach an ObjectMapper the application already has to read and write programmes. */
public final class JacksonModule {
  private JacksonModule() {}

  /**
   * Runs the example.
   *
   * @param args not used
   * @throws JsonProcessingException never, for the sample programme
   */
  public static void main(String[] args) throws JsonProcessingException {
    ObjectMapper mapper =
        new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .registerModule(new MigrationModelModule());

    String json = mapper.writeValueAsString(SampleProgrammes.diasporaAndRemittances());
    Programme programme = mapper.readValue(json, Programme.class);
    Activity activity = mapper.readValue("\"COUNTER_TRAFFICKING\"", Activity.class);

    System.out.println(json);
    System.out.println(programme.equals(SampleProgrammes.diasporaAndRemittances()));
    System.out.println(activity);
  }
}
