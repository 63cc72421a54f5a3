package com.relaycrm.device.handlers;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SensorReadingRepository extends JpaRepository<SensorReading, Long> {

    List<SensorReading> findByAssetIdOrderById(Long assetId);
}
