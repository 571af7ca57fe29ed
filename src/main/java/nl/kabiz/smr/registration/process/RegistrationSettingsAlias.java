package nl.kabiz.smr.registration.process;

import nl.kabiz.smr.registration.RegistrationSettings;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Makes {@code smr.registration.*} available to the BPMN as {@code ${registrationSettings...}}: configuration
 * properties beans get a long generated name, so the model's short name is registered as an alias.
 */
@Configuration
class RegistrationSettingsAlias {

    static final String BEAN_NAME = "registrationSettings";

    @Bean
    static BeanFactoryPostProcessor registrationSettingsAliasRegistrar() {
        return beanFactory -> {
            String[] names = beanFactory.getBeanNamesForType(RegistrationSettings.class, false, false);
            if (names.length == 1 && !names[0].equals(BEAN_NAME) && !beanFactory.containsBean(BEAN_NAME)) {
                ((BeanDefinitionRegistry) beanFactory).registerAlias(names[0], BEAN_NAME);
            }
        };
    }
}
