package com.relaycrm.device.handlers;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SensorReadingRepository extends JpaRepository<SensorReading, Long> {

    Optional<SensorReading> findByFrameId(Long frameId);

    List<SensorReading> findByAssetIdOrderById(Long assetId);
}
