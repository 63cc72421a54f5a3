package com.relaycrm.serviceplan.process;

import com.relaycrm.serviceplan.ServicePlanGenerator;
import com.relaycrm.serviceplan.process.ServicePlanGenerationProcess.Data;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Generate service plans": the scheduled batch run; sets plansCreated and plansAlreadyPlanned. */
@Component("generateServicePlans")
class GenerateServicePlansDelegate implements JavaDelegate {

    private final ServicePlanGenerator generator;

    GenerateServicePlansDelegate(ServicePlanGenerator generator) {
        this.generator = generator;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ServicePlanGenerator.Result result = generator.generate(LocalDate.now());
        execution.setVariable(Data.PLANS_CREATED, result.created().size());
        execution.setVariable(Data.PLANS_ALREADY_PLANNED, result.alreadyPlanned());
    }
}
