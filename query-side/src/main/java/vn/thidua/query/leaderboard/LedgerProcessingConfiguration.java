package vn.thidua.query.leaderboard;

import org.axonframework.config.ConfigurerModule;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;
import vn.thidua.query.folding.FoldingInterceptor;

/** The ledger processor folds its batches (see {@link vn.thidua.query.folding.FoldingBatch}). */
@Configuration(proxyBeanMethods = false)
class LedgerProcessingConfiguration {
  @Bean
  ConfigurerModule ledgerFolding(MongoTemplate mongo) {
    return configurer ->
        configurer
            .eventProcessing()
            .registerHandlerInterceptor(
                LedgerProjection.PROCESSING_GROUP,
                configuration -> new FoldingInterceptor(LedgerProjection.PROCESSING_GROUP, mongo));
  }
}
